-- Tables of the cnfacts warehouse. Applied in file-name order by `python -m etl ingest`.
-- Every char_start/char_end is a half-open offset into documents.text.
-- Keys and references are declared in contract.toml beside this file and checked by the loader before it
-- publishes (etl/load/checks.py): declared as constraints, DuckDB would maintain an index on every insert.

-- grain: one row per document (a file, or one line of a JSONL corpus)
create table documents (
    doc_id       varchar not null,     -- stable: the redacted name and content (etl/context/reader.make_document)
    doc_name     varchar not null,     -- file stem or JSONL id
    source_path  varchar not null,     -- file path; path:line for JSONL
    title        varchar,
    date         date,                 -- a year-only date ("2025") is stored as its 1 January: see date_precision
    date_precision varchar,            -- day | month | year
    region_hint  varchar,              -- JSONL `region` as given
    source       varchar,
    url          varchar,
    sha256       varchar not null,     -- of text, UTF-8
    text         varchar not null,     -- the stored text
    parser_version varchar not null
);

-- grain: one row per article of a document (a newspaper page holds several; notices are one block)
create table articles (
    doc_id        varchar not null,
    article_index integer not null,
    title         varchar,
    kind          varchar not null,    -- article | notices
    char_start    integer not null,
    char_end      integer not null
);

-- grain: one row per sentence, after layout repair
create table sentences (
    sentence_id    varchar not null,     -- doc_id:index
    doc_id         varchar not null,
    sentence_index integer not null,
    article_index  integer not null,
    paragraph_index integer not null,
    char_start     integer not null,
    char_end       integer not null,
    text           varchar not null      -- repaired text (layout line breaks removed)
);

-- grain: one row per administrative division (GB/T 2260), plus 000000 for the country
create table regions (
    region_code varchar not null,
    name        varchar not null,
    short_name  varchar not null,
    level       varchar not null,        -- country | province | city | county
    parent_code varchar                  -- null only for the country
);

-- grain: one row per topic of the taxonomy
create table topics (
    topic       varchar not null,        -- slug, e.g. employment
    name        varchar not null,        -- Chinese label, e.g. 就业
    description varchar
);

-- grain: one row per indicator of the catalogue (etl/lexicon/indicators.toml)
create table indicators (
    indicator   varchar not null,        -- e.g. gdp_growth
    name        varchar not null,        -- Chinese name, e.g. 经济增长率（国内／地区生产总值增长）
    unit        varchar not null,        -- the unit its series are given in, e.g. %
    kind        varchar not null,        -- the kind of its figures: percent, money, count …
    measure     varchar not null,        -- level | change | any
    topic       varchar not null,
    additive    boolean not null,        -- values of different regions of one period may be added up
    direction   varchar not null,        -- up (more is better) | down (less is better) | none
    description varchar not null         -- one line in Chinese: what it measures and its unit
);

-- grain: one row per indicator and unit its figures may come in
create table indicator_units (
    indicator varchar not null,
    unit      varchar not null,
    factor    decimal(38, 10)            -- to the indicator's unit (斤 → 吨: 0.0005); null: a series of its own (美元)
);

-- grain: one row per figure found
create table figures (
    fact_id       varchar not null,      -- stable: hash of document content, span and rule
    doc_id        varchar not null,
    sentence_id   varchar not null,
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
    refers_to     varchar,               -- the figure a change qualifies
    metric        varchar not null,
    indicator     varchar,               -- null when no catalogued phrase governs the figure
    status        varchar,               -- actual (an outcome) | target (a goal for a coming year) | plan (a
                                         -- multi-year plan target) | null
    period        varchar,               -- what the figure is about: 2025, 2025-Q1, 2025-03, 2025-01..05, 2025-12-31, 2021-2025
    period_basis  varchar,               -- daily_avg | per_year | per_capita | per_month | cumulative
    region_code   varchar not null,
    region_how    varchar not null,
    topic         varchar not null,
    rule          varchar not null
);

-- grain: one row per identifier found (ID card, credit code, phone…): never a figure, masked when shown
create table identifiers (
    doc_id     varchar not null,
    kind       varchar not null,
    char_start integer not null,
    char_end   integer not null
);

-- grain: one row per input that could not be read or resolved
create table rejects (
    source_path varchar not null,
    line        integer,
    reason      varchar not null,
    detail      varchar not null
);

-- grain: one row per property of this file. key "copy": "full" (the owner's warehouse, text as read) or
-- "serving" (the copy the dashboard opens: private identifiers masked everywhere; etl/load/serving.py)
create table warehouse_info (
    key   varchar not null,
    value varchar not null
);
