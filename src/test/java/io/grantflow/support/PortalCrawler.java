package io.grantflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows every link of the portal a user can see, breadth-first from the start pages, as a browser asking
 * for HTML in one language, and names every page that does not answer properly: a server error, a template
 * expression or message key left unresolved, a doubled quote of a French message, a JSON error where a page
 * was asked for, an error page without a way back, or a page in the other language.
 */
public final class PortalCrawler {

    /** A page that does not answer properly, and why. */
    public record Failure(String url, String reason) {
        @Override
        public String toString() {
            return url + " — " + reason;
        }
    }

    private static final List<String> SKIPPED = List.of("/camunda", "/logout", "/swagger-ui", "/engine-rest");
    private static final List<String> LANGUAGES = List.of("en", "fr");
    private static final Pattern TAG = Pattern.compile("<(a|form)\\s([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNRESOLVED = Pattern.compile("[$#*]\\{[^}]*}|\\?\\?[\\w.\\-]+\\?\\?");
    private static final Pattern LANG_PARAM = Pattern.compile("(?:^|&)lang=([a-z]+)");

    private final PortalSession session;
    private final String language;
    private final int limit;
    private final List<String> forbidden;
    private final List<String> visited = new ArrayList<>();
    private Predicate<String> scope = path -> true;

    private PortalCrawler(PortalSession session, String language, int limit) {
        this.session = session;
        this.language = language;
        this.limit = limit;
        this.forbidden = phrasesOnlyIn(LANGUAGES.stream().filter(l -> !l.equals(language)).findFirst().orElseThrow(), language);
    }

    /** A crawl of the session's pages, each expected in the language (en or fr), of at most {@code limit} pages. */
    public static PortalCrawler of(PortalSession session, String language, int limit) {
        return new PortalCrawler(session, language, limit);
    }

    /**
     * Also fails a page in the crawl's language that shows one of these: text known to be of the other
     * language though no message says it (a process step's name), or a code shown raw.
     */
    public PortalCrawler forbidding(List<String> phrases) {
        forbidden.addAll(phrases);
        return this;
    }

    /** Follows only the links to paths that pass the test. */
    public PortalCrawler within(Predicate<String> paths) {
        this.scope = paths;
        return this;
    }

    /** Visits the start pages and every page reachable from them; returns every failure found, the crawl going on. */
    public List<Failure> crawl(String... startPaths) {
        Deque<String> queue = new ArrayDeque<>(List.of(startPaths));
        Set<String> seen = new LinkedHashSet<>(queue);
        List<Failure> failures = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() - queue.size() < limit) {
            String path = queue.removeFirst();
            HttpResponse<byte[]> answer = session.getPage(path);
            visited.add(path);
            failures.addAll(check(path, answer));
            for (String link : links(path, answer)) {
                if (scope.test(link) && seen.add(link)) {
                    queue.addLast(link);
                }
            }
            if (!language.equals(expectedLanguage(path))) {
                session.getPage("/?lang=" + language); // back to the persona's language after trying the switch
            }
        }
        return failures;
    }

    /**
     * The page without the elements marked as written in another language (lang="..."): a message's subject in the
     * outbox is in its recipient's language, whatever the reader's.
     */
    private static String inPageLanguage(String html, String language) {
        return Pattern.compile("<(\\w+)[^>]*\\slang=\"(?!" + language + "\")[a-z-]+\"[^>]*>.*?</\\1>", Pattern.DOTALL)
                .matcher(html).replaceAll("");
    }

    /** The pages visited, in the order of the crawl. */
    public List<String> visited() {
        return List.copyOf(visited);
    }

    private List<Failure> check(String path, HttpResponse<byte[]> answer) {
        List<Failure> failures = new ArrayList<>();
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            failures.add(new Failure(path, "status " + status));
        }
        if (status >= 400 && type.contains("json")) {
            failures.add(new Failure(path, "a JSON error (" + status + ", " + type + ") where a page was asked for"));
        }
        if (!type.startsWith("text/html")) {
            return failures;
        }
        String html = new String(answer.body(), StandardCharsets.UTF_8);
        String text = text(html);
        Matcher unresolved = UNRESOLVED.matcher(body(html));
        while (unresolved.find()) {
            failures.add(new Failure(path, "unresolved " + unresolved.group()));
        }
        int quotes = text.indexOf("''");
        if (quotes >= 0) {
            failures.add(new Failure(path, "a doubled quote: \"" + around(text, quotes) + "\""));
        }
        String expected = expectedLanguage(path);
        Matcher lang = HTML_LANG.matcher(html);
        String actual = lang.find() ? lang.group(1) : "(none)";
        if (!actual.equals(expected)) {
            failures.add(new Failure(path, "<html lang=\"" + actual + "\">, expected " + expected));
        } else if (expected.equals(language)) {
            String own = text(inPageLanguage(html, language));
            for (String phrase : forbidden) {
                if (own.contains(phrase)) {
                    failures.add(new Failure(path, "text not for this reader: \"" + phrase + "\""));
                }
            }
        }
        if (status >= 400 && !html.contains("href=\"/\"")) {
            failures.add(new Failure(path, "an error page (" + status + ") without a way back to the home page"));
        }
        return failures;
    }

    /** The language the page must be in: the one a ?lang= asks for, else the persona's. */
    private String expectedLanguage(String path) {
        int query = path.indexOf('?');
        if (query >= 0) {
            Matcher lang = LANG_PARAM.matcher(path.substring(query + 1));
            if (lang.find() && LANGUAGES.contains(lang.group(1))) {
                return lang.group(1);
            }
        }
        return language;
    }

    /** The redirect's target, the links and the GET forms' actions of the page, on this host and not skipped. */
    private List<String> links(String path, HttpResponse<byte[]> answer) {
        List<String> targets = new ArrayList<>();
        answer.headers().firstValue("Location").ifPresent(targets::add);
        if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            Matcher tag = TAG.matcher(new String(answer.body(), StandardCharsets.UTF_8));
            while (tag.find()) {
                String attributes = tag.group(2);
                if (tag.group(1).equalsIgnoreCase("a")) {
                    attribute(attributes, "href").ifPresent(targets::add);
                } else if (attribute(attributes, "method").orElse("get").equalsIgnoreCase("get")) {
                    targets.add(attribute(attributes, "action").orElse(path));
                }
            }
        }
        URI base = URI.create(session.base() + path);
        List<String> paths = new ArrayList<>();
        for (String target : targets) {
            String decoded = target.replace("&amp;", "&");
            if (decoded.startsWith("#") || decoded.startsWith("mailto:") || decoded.startsWith("javascript:")) {
                continue;
            }
            // a query alone keeps the page's path (RFC 3986, as browsers do; java.net.URI follows RFC 2396)
            URI uri = decoded.startsWith("?") ? URI.create(session.base() + base.getRawPath() + decoded) : base.resolve(decoded);
            if (!base.getAuthority().equals(uri.getAuthority())) {
                continue;
            }
            String local = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (SKIPPED.stream().noneMatch(local::startsWith)) {
                paths.add(local);
            }
        }
        return paths;
    }

    private static Optional<String> attribute(String attributes, String name) {
        Matcher value = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE).matcher(attributes);
        return value.find() ? Optional.of(value.group(1)) : Optional.empty();
    }

    private static String body(String html) {
        return html.replaceAll("(?s)<head>.*?</head>", " ");
    }

    /** What a reader sees: the body without its tags, entities decoded. */
    private static String text(String html) {
        return body(html).replaceAll("<[^>]*>", " ").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&nbsp;", " ").replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40));
    }

    /**
     * The portal's messages of one language that its other language says differently: long enough to be
     * recognised in a page (two words at least) and without placeholders.
     */
    static List<String> phrasesOnlyIn(String language, String other) {
        Properties mine = messages(language);
        Properties theirs = messages(other);
        List<String> phrases = new ArrayList<>();
        for (String key : mine.stringPropertyNames()) {
            String phrase = mine.getProperty(key).trim();
            if (phrase.contains(" ") && phrase.length() >= 8 && !phrase.contains("{") && !phrase.equals(theirs.getProperty(key, "").trim())) {
                phrases.add(phrase);
            }
        }
        return phrases;
    }

    private static Properties messages(String language) {
        String name = "/i18n/messages" + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = PortalCrawler.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
