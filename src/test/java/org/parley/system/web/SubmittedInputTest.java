package org.parley.system.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The input a 409 or 503 page gives back to the editor: what was typed and chosen, not the form's plumbing. */
class SubmittedInputTest {

	@Test
	void thePickersButtonsAndSearchBoxesAreNotListedAsTheEditorsInput() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/events/new");
		request.addParameter("title", "Talks in Geneva");
		request.addParameter("sources", "ht-axios-nov19", "pick-elysee-geneve");
		request.addParameter("points[3].topics", "nato");
		request.addParameter("pick-q:sources", "geneve");
		request.addParameter("pick-q:points[3].topics", "nat");
		request.addParameter("pick-add:sources", "reuters-1");
		request.addParameter("pick-add:points[3].topics", "territory");
		request.addParameter("pick-action", "add:sources");
		request.addParameter("newSourceToken", "0b7c2f5e-56a4-4f7e-9d59-7f1a6ac3e0b2");
		request.addParameter("addSource", "1");
		request.addParameter("newSource.title", "Typed, not yet added");

		assertThat(SubmittedInput.of(request)).extracting(SubmittedInput::field)
			.containsExactlyInAnyOrder("title", "sources", "sources", "points[3].topics", "newSource.title");
	}

}
