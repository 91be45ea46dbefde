package io.grantflow.identity;

/** The groups of Camunda's identity service that Grantflow relies on, and the Spring roles they give. */
public final class Groups {

    public static final String APPLICANTS = "applicants";
    public static final String REVIEWERS = "reviewers";
    public static final String MANAGERS = "managers";
    public static final String ADMINS = "camunda-admin";

    private Groups() {
    }

    static String roleOf(String groupId) {
        return switch (groupId) {
            case APPLICANTS -> "ROLE_APPLICANT";
            case REVIEWERS -> "ROLE_REVIEWER";
            case MANAGERS -> "ROLE_MANAGER";
            case ADMINS -> "ROLE_ADMIN";
            default -> "GROUP_" + groupId;
        };
    }
}
