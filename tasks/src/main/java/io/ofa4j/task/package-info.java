/**
 * The OFASys task catalog: task specs ({@code catalog}), dataset readers ({@code data}), synthetic
 * datasets ({@code synthetic}), metrics ({@code metric}), the registries connecting them
 * ({@code registry}), and their Guice wiring ({@link io.ofa4j.task.TasksModule}).
 */
package io.ofa4j.task;
