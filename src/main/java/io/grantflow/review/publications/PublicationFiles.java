package io.grantflow.review.publications;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a publication file a funder or a person already has: BibTeX (.bib), RIS (.ris), an ORCID works export
 * (JSON or XML) or OpenAlex works JSON. The format is told by the content, the file name only breaking ties.
 */
public final class PublicationFiles {

    /** Large enough for a career's list (about 2,000 BibTeX entries), small enough to read in memory. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final String FORMATS = "BibTeX (.bib), RIS (.ris), ORCID works (.json, .xml), OpenAlex works (.json)";

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublicationFiles() {
    }

    public static List<Work> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw PublicationFileException.whole("empty");
        }
        if (content.length > MAX_BYTES) {
            throw PublicationFileException.whole("tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String head = text.stripLeading();
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (head.startsWith("{") || head.startsWith("[")) {
            return json(text);
        }
        if (head.startsWith("<")) {
            return OrcidWorksReader.readXml(content);
        }
        if (head.startsWith("TY  -") || name.endsWith(".ris")) {
            return RisReader.read(text);
        }
        if (head.startsWith("@") || head.contains("\n@") || name.endsWith(".bib")) {
            return BibtexReader.read(text);
        }
        throw PublicationFileException.whole("format", FORMATS);
    }

    private static List<Work> json(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw e.getLocation() == null ? PublicationFileException.whole("json.broken", e.getOriginalMessage())
                    : PublicationFileException.atLine(e.getLocation().getLineNr(), "json.broken", e.getOriginalMessage());
        }
        if (root.has("group") || root.has("bulk") || root.has("put-code") || root.path("works").has("group")) {
            return OrcidWorksReader.read(root);
        }
        if (root.has("results") || root.isArray() || root.has("authorships") || root.has("publication_year")) {
            return OpenAlexReader.read(root);
        }
        throw PublicationFileException.whole("json.unknown");
    }
}
