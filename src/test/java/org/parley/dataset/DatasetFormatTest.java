package org.parley.dataset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.dataset.Dataset.TopicEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever text an editor typed is read back from the file exactly as it was written. */
class DatasetFormatTest {

	static final List<String> TEXTS = List.of("2025-02-30", "2025-11-20", "yes", "No", "on", "~", "null", "key: value",
			"# not a comment", "a #hash", "=SUM(A1)", "+1", "-", "- item", "@editor", "1:30", "0x1F", "0o17", ".inf",
			"1e3", "1_000", "Переговоры", "\u200Fשלום\u200F", "'single'", "\"double\"", "!tag", "&anchor", "*alias",
			"|", ">", "%", "`tick`", "{a: 1}", "[a, b]", "trailing space ", " leading space", "tab\tinside",
			"first line\nsecond line", "trailing spaces \nnext line  ", "\nleading newline", "trailing newline\n",
			"windows\r\nline", "  indented\n  lines", "emoji \uD83D\uDE00", "back\\slash");

	@Test
	void everyAwkwardTextSurvivesWritingAndReading() throws IOException {
		List<TopicEntry> topics = TEXTS.stream().map(t -> new TopicEntry("t", t, t)).toList();
		Dataset dataset = new Dataset(Dataset.FORMAT, Dataset.FORMAT_VERSION, topics, null, null, null, null, null, null,
				null, null);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DatasetFormat.write(dataset, out);

		Dataset read = DatasetFormat.read("test.yaml", new ByteArrayInputStream(out.toByteArray()));

		assertThat(read.topics()).extracting(TopicEntry::name).containsExactlyElementsOf(TEXTS);
		assertThat(read.topics()).extracting(TopicEntry::description).containsExactlyElementsOf(TEXTS);
	}

}
