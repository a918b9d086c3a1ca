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
 *   <li>generated implementations and their builders are package-private: every value type declares
 *       its own public {@code Builder} (extending the generated one, whose setters then return it), a
 *       static {@code builder()} and {@code toBuilder()}, so that no generated type reaches the public
 *       API or its Javadoc; {@code build()} returns the abstract value type;
 *   <li>JDK collections only, and no annotation from the processor's class path on generated code
 *       (downstream modules compile with {@code -Werror});
 *   <li>contact details print as {@code <redacted>}.
 * </ul>
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    builder = "new",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    redactedMask = "<redacted>",
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
