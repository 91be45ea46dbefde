package io.grantflow.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.application.Application;
import io.grantflow.process.TasklistLinks;
import io.grantflow.programme.Criterion;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * How the review form (forms/review.form) asks a call's criteria. A Camunda Form's fields are fixed, so the form has
 * {@value #SLOTS} slots: slot i asks the call's i-th criterion, its label and its levels come from the task's
 * variables criterion{i}Name and criterion{i}Levels, written in the reviewer's language, its score is the variable
 * score{i}, and the slots past criteriaCount are hidden.
 */
final class ReviewForm {

    static final int SLOTS = 8;
    static final String COUNT = "criteriaCount";

    private ReviewForm() {
    }

    /** The variable holding the score of the criterion at that position (0-based) of the call. */
    static String scoreKey(int position) {
        return "score" + (position + 1);
    }

    /** The name tasks created before criteria were per call gave the score, e.g. scoreQuality. */
    static String legacyScoreKey(Criterion criterion) {
        return "score" + Character.toUpperCase(criterion.id().charAt(0)) + criterion.id().substring(1);
    }

    /**
     * What the declaration form (forms/review-declaration.form) shows: who applies, the partner teams, and the three
     * answers, in that language. Nothing of the abstract or the proposal.
     */
    static Map<String, Object> declaration(Application a, String applicantName, Locale language, ObjectMapper json) {
        Map<String, Object> variables = new LinkedHashMap<>(wording(language, json));
        variables.put("applicantText", applicantName + (a.unitCode() == null || a.unitCode().isBlank() ? "" : ", " + a.unitCode()));
        variables.put("partnersText", partners(a));
        return variables;
    }

    /** What the review form shows of the application, once its reviewer has accepted. */
    static Map<String, Object> application(Application a) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("abstractText", a.abstractText());
        variables.put("keywordsText", String.join(", ", a.keywords()));
        variables.put("partnersText", partners(a));
        variables.put("proposalUrl", TasklistLinks.proposal(a.id()));
        return variables;
    }

    private static String partners(Application a) {
        return a.partners().stream().map(p -> p.institution() + " (" + p.country() + "), " + p.leadName())
                .collect(Collectors.joining("; "));
    }

    /** What the form shows of the criteria, in that language. */
    static Map<String, Object> variables(List<Criterion> criteria, Locale language, ObjectMapper json) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(COUNT, criteria.size());
        variables.putAll(wording(language, json));
        variables.put("scoresHeading", fr(language)
                ? "Notes : pour chaque critère, choisissez le niveau qui convient"
                : "Scores: for each criterion, choose the level that fits");
        variables.put("commentForApplicantLabel", fr(language)
                ? "Commentaire pour le candidat (envoyé sans votre nom)" : "Comment for the applicant (sent without your name)");
        variables.put("confidentialCommentLabel", fr(language)
                ? "Commentaire confidentiel pour le comité" : "Confidential comment for the committee");
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            List<Map<String, Object>> levels = new ArrayList<>();
            for (int score : c.scores()) {
                levels.add(Map.of("value", score, "label", score + " – " + c.levels().get(score).in(language)));
            }
            variables.put("criterion" + (i + 1) + "Name", c.name().in(language) + weighting(c, language));
            variables.put("criterion" + (i + 1) + "Levels", jsonValue(levels, json));
        }
        return variables;
    }

    /** The form's own labels and choices, in that language; the values a choice stores stay the same in both. */
    private static Map<String, Object> wording(Locale language, ObjectMapper json) {
        boolean fr = fr(language);
        Map<String, Object> words = new LinkedHashMap<>();
        words.put("applicationLabel", fr ? "Candidature" : "Application");
        words.put("abstractLabel", fr ? "Résumé" : "Abstract");
        words.put("keywordsLabel", fr ? "Mots-clés" : "Keywords");
        words.put("partnersLabel", fr ? "Équipes partenaires" : "Partner teams");
        words.put("applicantLabel", fr ? "Candidat" : "Applicant");
        words.put("declarationText", fr
                ? "Le résumé et la proposition s'ouvrent dès que vous acceptez : vous évaluez alors dans une seconde tâche, « Review »."
                : "The abstract and the proposal open once you accept: you then review in a second task, \"Review\".");
        words.put("proposalLinkText", fr ? "Ouvrir la proposition (PDF)" : "Open the proposal (PDF)");
        words.put("newTabText", fr ? "(dans un nouvel onglet)" : "(in a new tab)");
        words.put("responseLabel", fr ? "Votre réponse" : "Your answer");
        words.put("responseHelp", fr
                ? "Déclarez un conflit d'intérêts si vous travaillez avec le candidat ou les équipes partenaires, ou l'avez fait dans les 3 dernières années."
                : "Declare a conflict of interest if you work with the applicant or the partner teams, or have in the last 3 years.");
        words.put("conflictReasonLabel", fr ? "Le conflit d'intérêts" : "The conflict of interest");
        List<Map<String, String>> choices = List.of(
                Map.of("value", "accept", "label", fr ? "J'évalue cette candidature et n'ai aucun conflit d'intérêts"
                        : "I review this application and have no conflict of interest"),
                Map.of("value", "conflict", "label", fr ? "J'ai un conflit d'intérêts" : "I have a conflict of interest"),
                Map.of("value", "decline", "label", fr ? "Je refuse de l'évaluer" : "I decline to review it"));
        words.put("responseChoices", jsonValue(choices, json));
        return words;
    }

    private static Object jsonValue(Object value, ObjectMapper json) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "(weight 2; at least 3 to be funded)": what the reviewer should know of how the score counts. */
    private static String weighting(Criterion c, Locale language) {
        String weight = number(c.weight(), language);
        String text = (fr(language) ? "coefficient " : "weight ") + weight;
        if (c.threshold() != null) {
            String threshold = number(c.threshold(), language);
            text += fr(language) ? " ; au moins " + threshold + " en moyenne pour être financé"
                    : "; a mean of at least " + threshold + " to be funded";
        }
        return " (" + text + ")";
    }

    private static String number(BigDecimal value, Locale language) {
        String plain = value.stripTrailingZeros().toPlainString();
        return fr(language) ? plain.replace('.', ',') : plain;
    }

    private static boolean fr(Locale language) {
        return "fr".equals(language.getLanguage());
    }
}
