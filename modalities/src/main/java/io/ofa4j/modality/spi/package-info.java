/** Service-provider interfaces that modality kits implement. */
package io.ofa4j.modality.spi;
