package io.ofa4j.planner.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The canonical modality name of a {@link ModalityDescriptor} class. {@code ModalityBinder} reads
 * it to key the Guice map binding, so two descriptors for the same modality are rejected when the
 * injector is created. It must equal {@link ModalityDescriptor#name()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModalityName {
  /** The canonical upper-case name, e.g. {@code IMAGE}. */
  String value();
}
