package org.nmhub.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits a partnership route (controller class or handler method under
 * {@code /p/{partnership}/…}) to the roles named. Without it, any member of the
 * partnership may read, and any member whose role can write may post.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresRole {

	Role[] value();

}
