-- The pump-priming loan model: a lender funds the gap between requirement and grant (ADR 0020).
create table funding_loans (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnerships (id),
    name            text not null,
    lender          text not null,
    requirement     numeric(14,2) not null check (requirement >= 0),
    grant_amount    numeric(14,2) not null check (grant_amount >= 0),
    repayment_years text not null default '',
    notes           text,
    source          text not null,
    unique (partnership_id, name)
);

create table funding_loan_rates (
    id             bigint generated always as identity primary key,
    loan_id        bigint not null references funding_loans (id),
    effective_from date not null,
    rate_percent   numeric(7,4) not null check (rate_percent >= 0 and rate_percent < 100),
    source         text not null,
    unique (loan_id, effective_from)
);

create table funding_loan_movements (
    id          bigint generated always as identity primary key,
    loan_id     bigint not null references funding_loans (id),
    kind        text not null,
    occurs_on   date not null,
    amount      numeric(14,2) check (amount is null or amount > 0),
    note        text not null default '',
    position    int not null default 0
);
create index funding_loan_movements_loan on funding_loan_movements (loan_id, occurs_on, position);
