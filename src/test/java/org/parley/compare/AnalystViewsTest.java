package org.parley.compare;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * A full application on its own database holding the sample data and {@link CompareFixtures}.
 * The property gives these tests a context of their own, so that the fixtures never show
 * up in other features' tests that count what a page lists.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=analyst-views")
public @interface AnalystViewsTest {

}
