package org.parley.system;

import jakarta.persistence.PersistenceException;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.framework.AbstractAdvisingBeanPostProcessor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * Makes every {@code @Service} a boundary where persistence exceptions become Spring's
 * {@link DataAccessException}s, as repositories and transaction commits already are. Services
 * flush explicitly (to order deletes before inserts), and what such a flush throws (a stale
 * version, a unique key taken by a save at the same instant) otherwise reaches the web layer as
 * a raw JPA or Hibernate exception, which no handler recognises: a 500 instead of the conflict page.
 * Only persistence exceptions are translated; a service's own exceptions pass unchanged. (Spring's
 * {@code PersistenceExceptionTranslationPostProcessor} pointed at {@code @Service} would also
 * turn {@code IllegalStateException}s such as {@code PublishedVersionException} into
 * {@code InvalidDataAccessApiUsageException}, hiding them from their handlers.)
 */
@Component
class ServiceExceptionTranslation extends AbstractAdvisingBeanPostProcessor {

	ServiceExceptionTranslation() {
		// outside the transaction advice, so that failures of the commit itself pass through it too
		setBeforeExistingAdvisors(true);
		// a class proxy, as for @Transactional: services are injected by their class
		setProxyTargetClass(true);
		this.advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Service.class, true),
				new Translation());
	}

	private static final class Translation implements MethodInterceptor {

		private final HibernateJpaDialect dialect = new HibernateJpaDialect();

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			try {
				return invocation.proceed();
			}
			catch (PersistenceException ex) { // Hibernate's own exceptions are PersistenceExceptions too
				DataAccessException translated = dialect.translateExceptionIfPossible(ex);
				throw translated != null ? translated : ex;
			}
		}

	}

}
