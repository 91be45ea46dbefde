/**
 * A call's public page: what the call is for, its rules and amounts from its programme's definition, its deadline
 * in Paris time with the time left, guidance and a contact, and what the reader may do (apply, nominate) or why not.
 */
package io.grantflow.callpage;
