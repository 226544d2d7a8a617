-- Tables of the cnfacts warehouse. Applied in file-name order by `python -m etl ingest`.
-- Every char_start/char_end is a half-open offset into documents.text.

-- grain: one row per document (a file, or one line of a JSONL corpus)
create table documents (
    doc_id       varchar primary key,  -- stable: hash of doc_name and content
    doc_name     varchar not null,     -- file stem or JSONL id
    source_path  varchar not null,     -- file path; path:line for JSONL
    title        varchar,
    date         date,
    region_hint  varchar,              -- JSONL `region` as given
    source       varchar,
    url          varchar,
    sha256       varchar not null,     -- of text, UTF-8
    text         varchar not null,     -- the stored text
    parser_version varchar not null
);

-- grain: one row per article of a document (a newspaper page holds several; notices are one block)
create table articles (
    doc_id        varchar not null references documents (doc_id),
    article_index integer not null,
    title         varchar,
    kind          varchar not null,    -- article | notices
    char_start    integer not null,
    char_end      integer not null,
    primary key (doc_id, article_index)
);

-- grain: one row per sentence, after layout repair
create table sentences (
    sentence_id    varchar primary key,  -- doc_id:index
    doc_id         varchar not null references documents (doc_id),
    sentence_index integer not null,
    article_index  integer not null,
    paragraph_index integer not null,
    char_start     integer not null,
    char_end       integer not null,
    text           varchar not null      -- repaired text (layout line breaks removed)
);

-- grain: one row per administrative division (GB/T 2260), plus 000000 for the country
create table regions (
    region_code varchar primary key,
    name        varchar not null,
    short_name  varchar not null,
    level       varchar not null,        -- country | province | city | county
    parent_code varchar                  -- null only for the country
);

-- grain: one row per topic of the taxonomy
create table topics (
    topic       varchar primary key,     -- slug, e.g. employment
    name        varchar not null,        -- Chinese label, e.g. 就业
    description varchar
);

-- grain: one row per figure found
create table figures (
    fact_id       varchar primary key,   -- stable: hash of document content, span and rule
    doc_id        varchar not null references documents (doc_id),
    sentence_id   varchar not null references sentences (sentence_id),
    mention       varchar not null,
    char_start    integer not null,
    char_end      integer not null,
    value         decimal(38, 10) not null,
    value_high    decimal(38, 10),
    unit          varchar not null,
    kind          varchar not null,
    approx        varchar,               -- null = exact
    measure       varchar not null,      -- level | change
    basis         varchar,               -- yoy | mom | vs_prior
    refers_to     varchar,               -- fact_id of the figure a change qualifies
    metric        varchar not null,
    period        varchar,
    period_basis  varchar,               -- daily_avg | per_year | per_capita
    region_code   varchar not null references regions (region_code),
    region_how    varchar not null,
    topic         varchar not null references topics (topic),
    rule          varchar not null
);

-- grain: one row per identifier found (ID card, credit code, phone…): never a figure, masked when shown
create table identifiers (
    doc_id     varchar not null references documents (doc_id),
    kind       varchar not null,
    char_start integer not null,
    char_end   integer not null,
    primary key (doc_id, char_start)
);

-- grain: one row per input that could not be read or resolved
create table rejects (
    source_path varchar not null,
    line        integer,
    reason      varchar not null,
    detail      varchar not null
);
