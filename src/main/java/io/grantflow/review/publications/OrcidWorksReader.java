package io.grantflow.review.publications;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads ORCID v3.0 works, JSON or XML: the /works answer (groups of work summaries, which name no contributors since
 * every work there is the record owner's), the bulk /works/{put-codes} answer and a record export (full works, with
 * their contributors). The DOI is taken from the external ids.
 */
final class OrcidWorksReader {

    private OrcidWorksReader() {
    }

    static List<Work> read(JsonNode root) {
        List<Work> works = new ArrayList<>();
        JsonNode groups = root.has("group") ? root.get("group") : root.path("works").path("group");
        for (JsonNode g : groups) {
            JsonNode summaries = g.path("work-summary");
            if (!summaries.isEmpty()) {
                // one group is one work as several sources state it; the first is ORCID's preferred one
                works.add(json(summaries.get(0), works.size() + 1));
            }
        }
        for (JsonNode b : root.path("bulk")) {
            if (b.has("work")) {
                works.add(json(b.get("work"), works.size() + 1));
            }
        }
        if (root.has("title") && root.has("put-code")) {
            works.add(json(root, 1));
        }
        return works;
    }

    private static Work json(JsonNode w, int entry) {
        String title = OpenAlexReader.text(w.path("title").path("title").get("value"));
        if (title == null || title.isBlank()) {
            throw PublicationFileException.atEntry(entry, "work.noTitle");
        }
        String year = OpenAlexReader.text(w.path("publication-date").path("year").get("value"));
        String doi = null;
        for (JsonNode id : w.path("external-ids").path("external-id")) {
            if ("doi".equalsIgnoreCase(OpenAlexReader.text(id.get("external-id-type")))) {
                doi = OpenAlexReader.text(id.get("external-id-value"));
            }
        }
        List<Work.Author> authors = new ArrayList<>();
        for (JsonNode c : w.path("contributors").path("contributor")) {
            String name = OpenAlexReader.text(c.path("credit-name").get("value"));
            if (name != null) {
                authors.add(new Work.Author(name, OpenAlexReader.text(c.path("contributor-orcid").get("path"))));
            }
        }
        return new Work(title.trim(), year(year, entry), doi, authors);
    }

    static List<Work> readXml(byte[] xml) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            javax.xml.parsers.DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // the exception says it; no print on the console
            doc = builder.parse(new ByteArrayInputStream(xml));
        } catch (org.xml.sax.SAXParseException e) {
            throw PublicationFileException.atLine(e.getLineNumber(), "xml.broken", e.getMessage());
        } catch (Exception e) {
            throw PublicationFileException.whole("xml.unreadable", e.getMessage());
        }
        List<Work> works = new ArrayList<>();
        NodeList groups = doc.getElementsByTagNameNS("*", "group");
        for (int i = 0; i < groups.getLength(); i++) {
            Element summary = first((Element) groups.item(i), "work-summary");
            if (summary != null) {
                works.add(xml(summary, works.size() + 1));
            }
        }
        if (works.isEmpty()) {
            NodeList full = doc.getElementsByTagNameNS("*", "work");
            for (int i = 0; i < full.getLength(); i++) {
                works.add(xml((Element) full.item(i), works.size() + 1));
            }
        }
        return works;
    }

    private static Work xml(Element w, int entry) {
        Element titleBlock = first(w, "title");
        Element title = titleBlock == null ? null : first(titleBlock, "title");
        if (title == null || title.getTextContent().isBlank()) {
            throw PublicationFileException.atEntry(entry, "work.noTitle");
        }
        Element date = first(w, "publication-date");
        Element year = date == null ? null : first(date, "year");
        String doi = null;
        NodeList ids = w.getElementsByTagNameNS("*", "external-id");
        for (int i = 0; i < ids.getLength(); i++) {
            Element id = (Element) ids.item(i);
            Element type = first(id, "external-id-type");
            Element value = first(id, "external-id-value");
            if (type != null && value != null && type.getTextContent().trim().equalsIgnoreCase("doi")) {
                doi = value.getTextContent().trim();
            }
        }
        List<Work.Author> authors = new ArrayList<>();
        NodeList contributors = w.getElementsByTagNameNS("*", "contributor");
        for (int i = 0; i < contributors.getLength(); i++) {
            Element c = (Element) contributors.item(i);
            Element name = first(c, "credit-name");
            Element orcid = first(c, "contributor-orcid");
            Element path = orcid == null ? null : first(orcid, "path");
            if (name != null) {
                authors.add(new Work.Author(name.getTextContent().trim(), path == null ? null : path.getTextContent()));
            }
        }
        return new Work(title.getTextContent().trim(), year(year == null ? null : year.getTextContent(), entry), doi, authors);
    }

    /** The first child element (not any descendant) with that local name. */
    private static Element first(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Integer year(String text, int entry) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw PublicationFileException.atEntry(entry, "work.year", text.trim());
        }
    }
}
