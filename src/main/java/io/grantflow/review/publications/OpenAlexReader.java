package io.grantflow.review.publications;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads OpenAlex works JSON: the API's page ({"results": [...]}), a list of works, or one work. Authors come from
 * "authorships" with their ORCID iD where OpenAlex knows it.
 */
final class OpenAlexReader {

    private OpenAlexReader() {
    }

    static List<Work> read(JsonNode root) {
        JsonNode items = root.has("results") ? root.get("results") : root.isArray() ? root : null;
        List<Work> works = new ArrayList<>();
        if (items == null) {
            works.add(work(root, 1));
            return works;
        }
        for (int i = 0; i < items.size(); i++) {
            works.add(work(items.get(i), i + 1));
        }
        return works;
    }

    private static Work work(JsonNode w, int entry) {
        String title = text(w.get("title"));
        if (title == null) {
            title = text(w.get("display_name"));
        }
        if (title == null || title.isBlank()) {
            throw PublicationFileException.atEntry(entry, "openalex.noTitle");
        }
        JsonNode year = w.get("publication_year");
        if (year != null && !year.isNull() && !year.canConvertToInt()) {
            throw PublicationFileException.atEntry(entry, "openalex.year", year);
        }
        List<Work.Author> authors = new ArrayList<>();
        for (JsonNode a : w.path("authorships")) {
            JsonNode author = a.path("author");
            String name = text(author.get("display_name"));
            if (name == null) {
                name = text(a.get("raw_author_name"));
            }
            if (name != null) {
                authors.add(new Work.Author(name, text(author.get("orcid"))));
            }
        }
        return new Work(title.trim(), year == null || year.isNull() ? null : year.asInt(), text(w.get("doi")), authors);
    }

    static String text(JsonNode n) {
        return n == null || n.isNull() || !n.isValueNode() ? null : n.asText();
    }
}
