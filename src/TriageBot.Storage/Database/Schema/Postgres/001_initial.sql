-- The tables of TriageBot 1.0 on PostgreSQL: the same columns as on SQLite, times as ISO 8601 UTC text.
CREATE TABLE IF NOT EXISTS bot_state(
    key TEXT PRIMARY KEY,
    etag TEXT NOT NULL,
    document TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS directline_activities(
    conversation_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    activity TEXT NOT NULL,
    PRIMARY KEY (conversation_id, position));
CREATE TABLE IF NOT EXISTS transcript_activities(
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    activity_id TEXT NOT NULL,
    at TEXT NOT NULL,
    activity TEXT NOT NULL,
    UNIQUE (conversation_id, activity_id));
CREATE TABLE IF NOT EXISTS conversations(
    conversation_id TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL,
    locale TEXT NOT NULL,
    step TEXT NOT NULL,
    disposition TEXT NULL,
    urgency INTEGER NOT NULL,
    finished BOOLEAN NOT NULL,
    findings TEXT NOT NULL,
    specialists TEXT NOT NULL,
    tips TEXT NOT NULL,
    handoff BOOLEAN NOT NULL,
    evidence TEXT NOT NULL,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    reviewed_at TEXT NULL,
    reviewed_by TEXT NULL,
    notes TEXT NULL);
CREATE INDEX IF NOT EXISTS conversations_by_urgency ON conversations(urgency DESC, started_at DESC);
CREATE TABLE IF NOT EXISTS audit_log(
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NULL,
    detail TEXT NULL);
CREATE TABLE IF NOT EXISTS operators(
    id TEXT PRIMARY KEY,
    user_name TEXT NOT NULL,
    normalized_name TEXT NOT NULL UNIQUE,
    password_hash TEXT NULL,
    role TEXT NOT NULL,
    security_stamp TEXT NOT NULL,
    failed_count INTEGER NOT NULL,
    lockout_end TEXT NULL,
    created_at TEXT NOT NULL);
