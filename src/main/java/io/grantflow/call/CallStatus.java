package io.grantflow.call;

public enum CallStatus { UPCOMING, OPEN, CLOSED }
