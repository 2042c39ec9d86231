package org.nmhub.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler under {@code /public/{partnership}/…} that residents may read without
 * signing in. Such a handler must only show records graded
 * {@link org.nmhub.shared.Confidentiality#PUBLIC}.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicPage {

}
