package org.parley.system.web;

import java.util.Set;
import java.util.StringJoiner;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.context.IThymeleafBindStatus;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * Every control bound with {@code th:field} tells assistive technology about its errors:
 * {@code aria-invalid="true"} and an {@code aria-describedby} naming each error message that
 * {@code fragments/forms :: errors} prints ({@link #errorId}). Runs before Spring's own
 * {@code th:field} processor, which removes the attribute.
 */
@Component
class FieldErrorsDialect extends AbstractProcessorDialect {

	FieldErrorsDialect() {
		// a lower number than the Spring dialect's (1000), so that th:field is still there
		super("Parley field errors", "th", 990);
	}

	/** The id of a field's n-th error message (from 1): the first keeps the plain {@code field-error}. */
	static String errorId(String field, int n) {
		return n == 1 ? field + "-error" : field + "-error-" + n;
	}

	@Override
	public Set<IProcessor> getProcessors(String prefix) {
		return Set.of(new AriaForField(prefix));
	}

	private static final class AriaForField extends AbstractAttributeTagProcessor {

		AriaForField(String prefix) {
			super(TemplateMode.HTML, prefix, null, false, "field", true, 1, false);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structureHandler) {
			IThymeleafBindStatus status = FieldUtils.getBindStatus(context, attributeValue);
			if (!status.isError()) {
				return;
			}
			StringJoiner describedBy = new StringJoiner(" ");
			String own = tag.getAttributeValue("aria-describedby");
			if (own != null && !own.isBlank()) {
				describedBy.add(own);
			}
			for (int n = 1; n <= status.getErrorMessages().length; n++) {
				describedBy.add(errorId(status.getExpression(), n));
			}
			structureHandler.setAttribute("aria-invalid", "true");
			structureHandler.setAttribute("aria-describedby", describedBy.toString());
		}

	}

}
