/** The OFASys task catalog: task specs, dataset readers, synthetic datasets and metrics. */
package io.ofa4j.task;
