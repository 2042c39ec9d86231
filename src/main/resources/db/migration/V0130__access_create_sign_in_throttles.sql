-- Failed sign-ins counted per client address (docs/adr/0033), beside the per-account lockout of users.failed_sign_ins:
-- after nmhub.security.max-failed-sign-ins-per-address failures from one address within
-- nmhub.security.address-window, that address is refused until refused_until, whichever account it tries. Kept in
-- PostgreSQL so that every app instance of a fleet sees the same counts. Rows whose window has passed are deleted
-- as new failures are recorded.
create table access_sign_in_throttles (
    client_address    text primary key,
    failures          integer not null,
    window_started_at timestamptz not null,
    refused_until     timestamptz
);

create index access_sign_in_throttles_window on access_sign_in_throttles (window_started_at);
