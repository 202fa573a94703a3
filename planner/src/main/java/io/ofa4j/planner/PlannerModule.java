package io.ofa4j.planner;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import io.ofa4j.planner.modality.BuiltInModalities;
import io.ofa4j.planner.spi.ModalityDescriptor;

/**
 * Binds the nine built-in modalities, the {@link ModalityRegistry} and the {@link Planner}. Other
 * modules add modalities with {@link ModalityBinder#modalityBinder}.
 */
public final class PlannerModule extends AbstractModule {

  @Override
  protected void configure() {
    ModalityBinder modalities = ModalityBinder.modalityBinder(binder());
    for (Class<? extends ModalityDescriptor> type : BuiltInModalities.classes()) {
      modalities.bind(type);
    }
    bind(ModalityRegistry.class).in(Scopes.SINGLETON);
    bind(Planner.class).in(Scopes.SINGLETON);
  }
}
