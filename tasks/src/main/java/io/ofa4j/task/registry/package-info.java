/**
 * Registries that connect the task catalog to data: synthetic datasets by generator name
 * ({@link io.ofa4j.task.registry.SyntheticRegistry}, {@link io.ofa4j.task.registry.SyntheticTasks}
 * with splits and trivial baselines) and real dataset formats by the catalog's format names with
 * their slot mappings ({@link io.ofa4j.task.registry.ReaderRegistry}).
 */
package io.ofa4j.task.registry;
