package org.parley.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a pasted numbered plan into points: "1.", "2)", "3:", "(4)", "5 -", "Point 6:",
 * "Article 7", "Пункт 8." and labels such as "6a". A line that does not start a point
 * continues the one before, so points may span lines; a number is only taken as a new point
 * when it follows on from the previous one, and a list numbered from 1 inside a point (and
 * counting on) stays in that point.
 */
public final class PastedPlan {

	/** One point found in the text; the title is the first sentence, shortened if needed. */
	public record Parsed(String label, String title, String text) {
	}

	static final int TITLE_LENGTH = 120;

	private static final Pattern START = Pattern.compile(
			"^\\s*(?:(?:point|article|item|clause|пункт|статья|стаття)\\s*(?:no\\.?|№)?\\s*)?[(\\[]?(\\d{1,3})([a-z])?"
					+ "(?:[.)\\]:]+|\\s*[-–—]\\s+|\\s*$|\\s+(?=\\p{Lu}))\\s*(.*)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private PastedPlan() {
	}

	public static List<Parsed> split(String pasted) {
		List<Parsed> points = new ArrayList<>();
		if (pasted == null) {
			return points;
		}
		String label = null;
		int lastNumber = 0;
		int subList = 0; // last number of a numbered list inside the current point, 0 when none
		StringBuilder text = new StringBuilder();
		for (String line : pasted.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
			Matcher m = START.matcher(line);
			if (m.matches()) {
				int number = Integer.parseInt(m.group(1));
				String suffix = m.group(2) == null ? "" : m.group(2).toLowerCase();
				boolean restartsInside = label != null && number == 1 && suffix.isEmpty();
				boolean continuesInside = subList > 0 && number == subList + 1;
				boolean follows = label == null
						|| number == lastNumber + 1 || (number == lastNumber && !suffix.isEmpty());
				if (restartsInside || continuesInside) {
					subList = number;
				}
				else if (follows) {
					subList = 0;
					add(points, label, text);
					label = number + suffix;
					lastNumber = number;
					text.setLength(0);
					text.append(m.group(3).strip());
					continue;
				}
			}
			if (label != null) {
				if (!line.isBlank() || text.length() > 0) {
					text.append('\n').append(line.strip());
				}
			}
		}
		add(points, label, text);
		return points;
	}

	private static void add(List<Parsed> points, String label, StringBuilder text) {
		if (label == null) {
			return;
		}
		String body = text.toString().strip().replaceAll("\n{3,}", "\n\n");
		if (body.isEmpty()) {
			return;
		}
		points.add(new Parsed(label, title(body), body));
	}

	/** The first sentence (or line) of the text, cut at a word boundary when long. */
	static String title(String body) {
		String first = body.lines().findFirst().orElse(body).strip();
		Matcher sentence = Pattern.compile("^(.+?[.!?;:])(\\s|$)").matcher(first);
		if (sentence.find()) {
			first = sentence.group(1);
		}
		if (first.length() <= TITLE_LENGTH) {
			return first;
		}
		int cut = first.lastIndexOf(' ', TITLE_LENGTH - 1);
		return first.substring(0, cut > 40 ? cut : TITLE_LENGTH - 1).strip() + "…";
	}

}
