/** The OFASys task catalog: one YAML spec per task, discovered on the classpath and planned. */
package io.ofa4j.task.catalog;
