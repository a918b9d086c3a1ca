package org.lookingbeyond.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one place that holds every Immutables style choice of the core module; applied in each
 * package-info.
 *
 * <ul>
 *   <li>public builder constructors ({@code new ImmutableX.Builder()}), so that readers in other
 *       modules need no reflective access;
 *   <li>JDK collections only, {@code withX} copy methods, and no annotation from the processor's
 *       class path on generated code (downstream modules compile with {@code -Werror}).
 * </ul>
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    builder = "new",
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    redactedMask = "<redacted>",
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
