package ru.mentoring.web.shell;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are, not passed through the static resource chain. Spring
 * Boot registers {@link ResourceUrlEncodingFilter} because the WebJars locator is present; it then
 * looks every link of a page up among the static resources (on the class path, uncached when not
 * found), which made a table of a thousand schools with two links a row take seconds to render.
 * Nothing needs the rewriting: the WebJar's version-less address is still resolved when the file
 * is requested, and the pages link to their own few static files by name.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

    /** Registered switched off: Spring Boot then registers no filter of its own (it backs off for any registration). */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterNotApplied() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
