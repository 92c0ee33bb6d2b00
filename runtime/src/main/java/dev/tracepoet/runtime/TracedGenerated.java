package dev.tracepoet.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks classes written by the tracepoet processor. Unlike {@code javax.annotation.processing.Generated}
 * it is kept in class files, so coverage tools such as JaCoCo can exclude generated wrappers.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TracedGenerated {}
