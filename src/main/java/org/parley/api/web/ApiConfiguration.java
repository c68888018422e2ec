package org.parley.api.web;

import java.io.IOException;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.parley.proposal.VersionKey;

/**
 * What the public API adds to every answer under /api: open CORS for reading, a Cache-Control
 * header, keys written as analysts cite them, and the OpenAPI document's title.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

	/**
	 * Shared caches may keep an answer but must revalidate it every time: the data changes
	 * whenever an editor saves, and revalidation (ETag, 304) is cheap, so nobody reads a stale
	 * position for a minute after a correction.
	 */
	static final String CACHE_CONTROL = "public, no-cache";

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**").allowedOriginPatterns("*").allowedMethods("GET", "HEAD").maxAge(3600);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> apiCacheControl() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
				chain.doFilter(request, response);
			}
		});
		registration.addUrlPatterns("/api/*");
		registration.setName("apiCacheControl");
		return registration;
	}

	/** Version and point keys as strings ({@code plan@1}, {@code plan@1#6}), as everywhere else. */
	@Bean
	JacksonModule versionKeys() {
		return new SimpleModule("version-keys").addSerializer(VersionKey.class, ToStringSerializer.instance)
			.addSerializer(VersionKey.PointKey.class, ToStringSerializer.instance);
	}

	@Bean
	OpenAPI parleyApi() {
		return new OpenAPI().info(new Info().title("Parley API")
			.version("v1")
			.description("Read-only access to Parley's published proposals, points, positions, "
					+ "comparisons, parties, topics, events and sources. Drafts never appear. "
					+ "Each resource links to its HTML page (href)."));
	}

}
