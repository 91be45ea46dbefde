package io.grantflow.process;

/**
 * Links from a Camunda Form in Tasklist to the portal, relative so that they work at whatever address the product is
 * served (host, port, context path), with no base URL stored in a process variable. The portal accepts the reader's
 * Tasklist login for the pages linked (see the identity feature's WebappLoginFilter), so no second login is asked.
 */
public final class TasklistLinks {

    /**
     * Tasklist's pages resolve links against its base href, {@code <context>/camunda/app/tasklist/<engine>/}: four
     * folders below the root of the portal.
     */
    private static final String PORTAL_ROOT = "../../../..";

    private TasklistLinks() {
    }

    /** The proposal PDF of an application, for its reviewers and programme managers. */
    public static String proposal(String applicationId) {
        return PORTAL_ROOT + "/portal/reviews/" + applicationId + "/proposal";
    }

    /** An application's page in the portal, for programme managers. */
    public static String application(String applicationId) {
        return PORTAL_ROOT + "/portal/applications/" + applicationId;
    }
}
