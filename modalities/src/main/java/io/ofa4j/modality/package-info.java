/** Modality kits: preprocessors, adapters, output heads and post-processors for every slot type. */
package io.ofa4j.modality;
