package org.parley.dataset;

import java.util.List;

/** A dataset file that cannot be loaded; names the file and every problem found in it. */
public class InvalidDatasetException extends RuntimeException {

	private final List<String> problems;

	public InvalidDatasetException(String file, List<String> problems) {
		super(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
				+ ", nothing was loaded:\n  - " + String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> getProblems() {
		return problems;
	}

}
