package io.grantflow.application;

import java.util.Map;

/**
 * What another feature adds to an application's page in the portal (a report due, the documents of a project): the
 * model attributes that its part of the page reads. Features plug in here so that this one need not know them.
 */
public interface ApplicationPagePart {

    Map<String, Object> model(Application application, String userId, boolean manager);
}
