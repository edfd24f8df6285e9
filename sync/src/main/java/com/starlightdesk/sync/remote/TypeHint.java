package com.starlightdesk.sync.remote;

/** The Data API's parameter type hints: how a string parameter is to be read by the database. */
public enum TypeHint {
    JSON, UUID, TIMESTAMP, DATE, TIME, DECIMAL
}
