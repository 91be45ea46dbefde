package io.grantflow.reviewer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.grantflow.identity.Groups;
import io.grantflow.identity.RegistrationService;
import io.grantflow.identity.UserDirectory;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.PayloadTooLargeException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Reviewers from a CSV or XLSX file, one a line under a header row. A line names a new reviewer (created as on the
 * add page) or one of the pool (his or her profile replaced; name and email stay). Each line is its own
 * transaction: a refused line writes nothing, the accepted ones are kept.
 */
@Service
class ReviewerImport {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_LINES = 2000;
    /** The header's columns, in the example's order. */
    static final List<String> COLUMNS = List.of("user id", "first name", "last name", "email", "language", "institution",
            "country", "expertise", "maximum load", "profile");

    record Refusal(int line, String userId, String reason) {
    }

    record Report(int created, int updated, List<Refusal> refused) {
    }

    private final ReviewerPool pool;
    private final UserDirectory users;
    private final MessageSource messages;

    ReviewerImport(ReviewerPool pool, UserDirectory users, MessageSource messages) {
        this.pool = pool;
        this.users = users;
        this.messages = messages;
    }

    /** The report of the file's lines; a file we cannot read as a table is refused whole, naming why. */
    Report importFile(String fileName, byte[] bytes, Locale locale, String managerId) {
        if (bytes.length == 0) {
            throw refused("reviewers.import.error.empty", locale);
        }
        checkSize(bytes.length, locale);
        ImportedTable table;
        try {
            table = ImportedTable.read(fileName, bytes);
        } catch (ImportedTable.Unreadable e) {
            throw refused(e.getMessage(), locale);
        }
        List<ImportedTable.Line> lines = table.lines().stream().filter(l -> l.cells().stream().anyMatch(c -> !c.isBlank())).toList();
        if (lines.isEmpty()) {
            throw refused("reviewers.import.error.empty", locale);
        }
        Map<String, Integer> index = header(lines.get(0).cells(), locale);
        if (lines.size() - 1 > MAX_LINES) {
            throw refused("reviewers.import.error.lines", locale, MAX_LINES);
        }
        int created = 0;
        int updated = 0;
        List<Refusal> refused = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ImportedTable.Line line : lines.subList(1, lines.size())) {
            Map<String, String> row = new HashMap<>();
            List<String> missing = new ArrayList<>();
            index.forEach((column, at) -> {
                if (at < line.cells().size()) {
                    row.put(column, line.cells().get(at).strip());
                } else {
                    missing.add(column);
                }
            });
            String userId = row.getOrDefault("user id", "").toLowerCase(Locale.ROOT);
            if (!missing.isEmpty()) {
                refused.add(new Refusal(line.number(), userId, message("reviewers.import.error.missingCells", locale,
                        String.join(", ", missing))));
                continue;
            }
            Integer first = userId.isEmpty() ? null : seen.putIfAbsent(userId, line.number());
            if (first != null) {
                refused.add(new Refusal(line.number(), userId, message("reviewers.import.error.duplicate", locale, first)));
                continue;
            }
            try {
                if (!userId.isEmpty() && users.exists(userId)) {
                    if (!users.isMember(userId, Groups.REVIEWERS)) {
                        refused.add(new Refusal(line.number(), userId, message("reviewers.import.error.notReviewer", locale)));
                        continue;
                    }
                    pool.update(userId, draft(row), locale, managerId);
                    updated++;
                } else {
                    pool.add(new RegistrationService.Invitee(row.get("user id"), row.get("first name"), row.get("last name"),
                            row.get("email"), row.get("language")), draft(row), locale, managerId);
                    created++;
                }
            } catch (InvalidInputException e) {
                refused.add(new Refusal(line.number(), userId, e.problems().stream()
                        .map(p -> message("reviewers.import.fieldProblem", locale,
                                messages.getMessage("reviewers.field." + p.field(), null, p.field(), locale), p.message()))
                        .collect(Collectors.joining(" · "))));
            }
        }
        return new Report(created, updated, refused);
    }

    /** A file over the limit is refused before it is read. */
    void checkSize(long size, Locale locale) {
        if (size > MAX_BYTES) {
            throw new PayloadTooLargeException("file", message("reviewers.import.error.size", locale, MAX_BYTES / 1024));
        }
    }

    /** Where each column is; a header without every column refuses the file, naming those missing. */
    private Map<String, Integer> header(List<String> cells, Locale locale) {
        List<String> names = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).toList();
        Map<String, Integer> index = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String column : COLUMNS) {
            int at = names.indexOf(column);
            if (at < 0) {
                missing.add(column);
            } else {
                index.put(column, at);
            }
        }
        if (!missing.isEmpty()) {
            throw refused("reviewers.import.error.header", locale, String.join(", ", missing));
        }
        return index;
    }

    /** Expertise is separated by semicolons in the file, since commas separate its columns. */
    private static ProfileDraft draft(Map<String, String> row) {
        return new ProfileDraft(row.get("institution"), row.get("country"), Arrays.asList(row.get("expertise").split(";")),
                row.get("profile"), row.get("maximum load"), row.get("language"), null);
    }

    private InvalidInputException refused(String code, Locale locale, Object... args) {
        return new InvalidInputException("file", message(code, locale, args));
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
