package io.grantflow.application;

import java.util.List;

/**
 * The steps an application's process went through, for the API's answer; the status feature reads them from the
 * process history (this feature does not depend on it). A manager's view names the reviewer of each review step.
 */
public interface ApplicationTimeline {

    List<?> of(String processInstanceId, boolean forManager);
}
