/**
 * The API's paths, operations and schemas as TypeScript types, for the typed client (index.ts).
 * Generated from openapi/openapi.json by `npm run openapi:export` (openapi-typescript); do not edit.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers 200 while the process runs. Does not touch the database (see /ready).
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Answers 200 when the database is reachable and every migration this version ships is applied; 503 otherwise. With read replicas (DATABASE_READ_URL), lists their states: a replica down is no reason for 503 (reads then go to the primary), and with the primary down the answer is still 200 while a replica serves reads, with primary: unreachable.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrics (Prometheus)
         * @description Prometheus text format: http_requests_total and http_request_duration_seconds by route and status, db_pool_connections by state, imports_total by outcome, rate_limit_rejections_total, with read replicas db_reads_total by target and reason, and the Node.js process metrics. Not rate limited.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a problem type means
         * @description Every problem's `type` (e.g. /problems/invalid-parameter) resolves here: its title, status, and when the API answers it.
         */
        get: operations["getProblemType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List countries
         * @description Every ISO 3166-1 country and territory with its UN M49 region and sub-region, plus the historical and non-ISO entities trade data uses. An unknown region is a 400 listing the valid ones, never an empty list.
         */
        get: operations["listCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/countries/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One country
         * @description A country by ISO alpha-3, alpha-2 or M49 numeric code in any case (KAZ, kz, 398), with the groups it belongs to. An unknown code is a 404 with close matches.
         */
        get: operations["getCountry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List country groups
         * @description The country groups aggregates can be computed for.
         */
        get: operations["listGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One group and its membership
         * @description A group with each member and the years it was a member (inclusive). With `year`, only the members of that year.
         */
        get: operations["getGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List data sources
         * @description Every source whose figures this API serves, with its publisher, licence and citation.
         */
        get: operations["listSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/commodities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List product codes (HS)
         * @description The HS nomenclature by code: the 97 chapters with short names on a fresh start; headings (4 digits) and subheadings (6 digits) with their official descriptions once a nomenclature is imported (`cli import FILE --format hs-nomenclature`). Search with `q` (a code prefix or words), or walk the tree with `parent`. An unknown parent is a 404 with close matches.
         */
        get: operations["listCommodities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/commodities/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One product code, with its ancestors and children
         * @description An HS code of 2, 4 or 6 digits: its chapter and heading above it, and the codes one level below. An unknown code is a 404 with close matches.
         */
        get: operations["getCommodity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Raw trade observations
         * @description Each figure as its reporter published it, with provenance (source, release, estimated). Values in US dollars. Ordered by reporter, partner, year, flow, commodity, source; page with `cursor`.
         */
        get: operations["listFlows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List imports (releases)
         * @description Every import, newest first, with its file, checksum and counts. A release id is what `asOf` on /v1/flows takes.
         */
        get: operations["listReleases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/releases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One import (release)
         * @description A release with its counts and up to 100 rejected rows (line and reason).
         */
        get: operations["getRelease"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What data exists: per reporter, year and source
         * @description Before querying figures: for each reporter and year, which sources have its reports, with how many partners, at which commodity levels (0 all goods, 2 chapters, 4 headings, 6 subheadings), which flows, and the latest release that wrote them. Filter by reporter, partner (who reported trade with it), source, year or range, and level.
         */
        get: operations["listAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a file (admin)
         * @description Streams a CSV file (plain or gzip; gzip found by its first bytes, so `Content-Encoding: gzip` works too, and other encodings are answered 415) in the given format into the database as one release, in one transaction: with onError=abort a single invalid row means nothing is written (422 listing the rows); with onError=skip the good rows load. Values a re-import changes are kept as revisions (see asOf on /v1/flows). Needs `Authorization: Bearer <key>`.
         */
        post: operations["createImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bilateral/{a}/{b}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A pair's trade, year by year
         * @description Exports a→b, imports a←b, total and balance per year, each with its basis, source and both sides' reports, and the YoY growth of the total. A year with no data has null values. A pair with no data at all: empty data, and coverage saying which years each side has. Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. Total trade (turnover) of a with b in year y = exports(a→b) + imports(a←b); a reported turnover is used where a direction is missing. Balance = exports − imports. YoY % = (v_y / v_{y−1} − 1) × 100; null where v_{y−1} is missing or zero. One source per answer: without `source`, an answer uses the one source with the most values in the years asked (ties: the higher priority: imf-dots, then imf-imts, then un-comtrade, then any other source, and seed-article last); growth uses the highest-priority source with a value at both ends; a default year is the latest year of the chosen source. `source=<id>` pins a source; `source=any` takes the best figure per year from any source, in that priority, each figure naming its own, and a note says they mix.
         */
        get: operations["getBilateral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bilateral/{a}/{b}/growth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Growth of a pair's trade over a span
         * @description Start and end values, change, change %, CAGR % and the YoY list of the measure. Change = v1 − v0; change % from y0 to y1 = (v1 / v0 − 1) × 100. CAGR % = ((v1 / v0)^(1 / (y1 − y0)) − 1) × 100; null where v0 is missing or zero. YoY % = (v_y / v_{y−1} − 1) × 100; null where v_{y−1} is missing or zero.
         */
        get: operations["getBilateralGrowth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bilateral/{a}/{b}/mirror": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mirror statistics: both sides' reports of the same goods
         * @description Mirror gap for flow a→b in year y: reported = exports(a→b) as a reports them (FOB); mirror = imports(b←a) as b reports them (CIF); gap = mirror − reported; gap % = gap / reported × 100; CIF/FOB ratio = mirror / reported. For flow "import" (a's imports from b, CIF, against b's exports to a, FOB) gap = mirror − reported as well, and the CIF/FOB ratio = reported / mirror.
         */
        get: operations["getBilateralMirror"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bilateral/{a}/{b}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a pair trades: its goods ranked by value, with shares
         * @description The pair's goods at one HS level (chapters by default) in one year (default: the latest of the chosen source) or one ranking per year of a range, largest first, with share, basis, unit value where weights exist, and the goods beyond `limit` together as `rest`; `parentFigure` is the parent's own figure (the reported total), to compare with the products' sum. Commodity: TOTAL (all goods, the default) or an HS code of 2, 4 or 6 digits (HS 2022). A figure for an HS code is the reported value of that code; where a reporter did not report the code, the sum of the codes it reported one level down (else two) stands in, flagged derived. All-goods figures are reported totals, never sums of products, except for a pair with no reported total at all: then the sums of its reported chapters stand in, flagged derived. Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. One source per answer: without `source`, an answer uses the one source with the most values in the years asked (ties: the higher priority: imf-dots, then imf-imts, then un-comtrade, then any other source, and seed-article last); growth uses the highest-priority source with a value at both ends; a default year is the latest year of the chosen source. `source=<id>` pins a source; `source=any` takes the best figure per year from any source, in that priority, each figure naming its own, and a note says they mix.
         */
        get: operations["getBilateralProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/countries/{code}/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A country's partners, ranked, with shares
         * @description Partners by the measure in one year, largest first, with rank and share, and the partners beyond `limit` together as `rest`. With within=<group>, only the group's other members count (the country must belong to the group that year). Share % of partner p in a's trade within a set S = value(a, p) / Σ_{q ∈ S} value(a, q) × 100; S defaults to all partners of a (the World). Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions.
         */
        get: operations["getCountryPartners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/countries/{code}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A country's top exports or imports: its goods ranked, with shares
         * @description The country's goods at one HS level, summed over every partner (the World) or over a group's other members (`within`), in one year or per year of a range, largest first, with shares and the rest. Each partner contributes its figure as a pair figure does (the country's report, else the partner's mirror). Commodity: TOTAL (all goods, the default) or an HS code of 2, 4 or 6 digits (HS 2022). A figure for an HS code is the reported value of that code; where a reporter did not report the code, the sum of the codes it reported one level down (else two) stands in, flagged derived. All-goods figures are reported totals, never sums of products, except for a pair with no reported total at all: then the sums of its reported chapters stand in, flagged derived. Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. One source per answer: without `source`, an answer uses the one source with the most values in the years asked (ties: the higher priority: imf-dots, then imf-imts, then un-comtrade, then any other source, and seed-article last); growth uses the highest-priority source with a value at both ends; a default year is the latest year of the chosen source. `source=<id>` pins a source; `source=any` takes the best figure per year from any source, in that priority, each figure naming its own, and a note says they mix.
         */
        get: operations["getCountryProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{id}/trade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trade within a group, and with the rest of the world
         * @description One object per year in `data`: one year (year=), a range (from=&to=), or by default the latest year of the answer's source. Membership as of each year. Intra-group trade of group G in year y = Σ over ordered member pairs (i, j), i ≠ j, of exports(i→j) (i's report, else j's mirror), members as of year y. Extra-group = Σ over members i and non-members p of exports(i→p). Total = intra + extra (the members' exports). Intra share % = intra / total × 100. Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions.
         */
        get: operations["getGroupTrade"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Availability: {
            /** @description The country whose reports these are */
            reporter: components["schemas"]["CountryRef"];
            /** @description Calendar year */
            year: number;
            /**
             * @description Source id (GET /v1/sources); "a+b" where a figure combines two sources
             * @example imf-dots
             */
            source: string;
            /** @description How many partners it reported trade with */
            partners: number;
            /**
             * @description Commodity levels present: 0 all goods (TOTAL), 2 chapters, 4 headings, 6 subheadings
             * @example [
             *       0
             *     ]
             */
            levels: number[];
            /** @description Flows present (export, import, re-export, re-import, turnover) */
            flows: string[];
            /** @description The latest release (import) that wrote any of these figures: GET /v1/releases/{id} */
            release: number;
            /** @description When that release committed */
            releasedAt: string | null;
        };
        AvailabilityList: {
            /** @description The items of this answer, in order */
            data: components["schemas"]["Availability"][];
            page: components["schemas"]["Page"];
        };
        Bilateral: {
            reporter: components["schemas"]["CountryRef"];
            partner: components["schemas"]["CountryRef"];
            /** @description The goods every figure is about: TOTAL (all goods) or an HS code */
            commodity: components["schemas"]["CommodityRef"];
            /**
             * @description The currency of every value: USD, US dollars
             * @constant
             */
            unit: "USD";
            /** @description The one source every figure of this answer comes from (chosen, or pinned with `source`); "any" with source=any; null where there is no data */
            source: string | null;
            /**
             * @description reporter, mirror or turnover (docs/definitions.md, "Basis")
             * @enum {string}
             */
            basis: "reporter" | "partner";
            /** @description The items of this answer, in order */
            data: {
                /** @description Calendar year */
                year: number;
                /** @description a's exports to b */
                exports: components["schemas"]["DirectionalFigure"];
                /** @description a's imports from b */
                imports: components["schemas"]["DirectionalFigure"];
                /** @description Total trade (turnover) of a with b in year y = exports(a→b) + imports(a←b); a reported turnover is used where a direction is missing. */
                total: components["schemas"]["Figure"];
                /** @description Balance = exports − imports. */
                balance: components["schemas"]["Figure"];
                /** @description YoY % = (v_y / v_{y−1} − 1) × 100; null where v_{y−1} is missing or zero. In percent, 0-100 scale (29 is 29%; growth may exceed 100 or be negative). */
                totalYoyPct: number | null;
            }[];
            /** @description Years each side reported, in the answer's source */
            coverage: components["schemas"]["Coverage"];
            /** @description What a reader must know about the figures: years outside the data, other sources available, sources mixed with source=any, why a figure is null */
            notes: string[];
        };
        Commodity: {
            /**
             * @description TOTAL (all goods) or an HS code of 2, 4 or 6 digits
             * @example 27
             */
            code: string;
            /**
             * @description 0 for TOTAL; 2 chapter, 4 heading, 6 subheading
             * @example 2
             */
            level: number;
            /**
             * @description The project's short chapter name, else the official description
             * @example Mineral fuels and oils
             */
            name: string;
            /**
             * @description The code one level up; null for a chapter
             * @example null
             */
            parent: string | null;
            /**
             * @description HS section (Roman numeral)
             * @example V
             */
            section: string | null;
            /** @description The official description; null for a chapter until a nomenclature is imported */
            description: string | null;
            /**
             * @description The nomenclature the code belongs to (HS2022)
             * @example HS2022
             */
            classification: string;
        };
        CommodityDetail: {
            /**
             * @description TOTAL (all goods) or an HS code of 2, 4 or 6 digits
             * @example 27
             */
            code: string;
            /**
             * @description 0 for TOTAL; 2 chapter, 4 heading, 6 subheading
             * @example 2
             */
            level: number;
            /**
             * @description The project's short chapter name, else the official description
             * @example Mineral fuels and oils
             */
            name: string;
            /**
             * @description The code one level up; null for a chapter
             * @example null
             */
            parent: string | null;
            /**
             * @description HS section (Roman numeral)
             * @example V
             */
            section: string | null;
            /** @description The official description; null for a chapter until a nomenclature is imported */
            description: string | null;
            /**
             * @description The nomenclature the code belongs to (HS2022)
             * @example HS2022
             */
            classification: string;
            /** @description From the chapter down to the parent */
            ancestors: components["schemas"]["Commodity"][];
            /** @description The codes one level down (headings of a chapter, subheadings of a heading) */
            children: components["schemas"]["Commodity"][];
        };
        CommodityList: {
            /** @description The items of this answer, in order */
            data: components["schemas"]["Commodity"][];
            page: components["schemas"]["Page"];
        };
        /** @description A product as it appears anywhere in a response. */
        CommodityRef: {
            /**
             * @description TOTAL (all goods) or an HS code of 2, 4 or 6 digits
             * @example 27
             */
            code: string;
            /**
             * @description 0 for TOTAL; 2 chapter, 4 heading, 6 subheading
             * @example 2
             */
            level: number;
            /**
             * @description The project's short chapter name, else the official description
             * @example Mineral fuels and oils
             */
            name: string;
        };
        Country: {
            /**
             * @description ISO 3166-1 alpha-3 code (or the project code of a historical entity, e.g. SUN)
             * @example KAZ
             */
            iso3: string;
            /**
             * @description ISO 3166-1 alpha-2 code
             * @example KZ
             */
            iso2: string | null;
            /**
             * @description UN M49 numeric code
             * @example 398
             */
            m49: number | null;
            /**
             * @description Name, in English
             * @example Kazakhstan
             */
            name: string;
            /** @description Other English names, e.g. Russia for Russian Federation */
            altNames: string[];
            /**
             * @description UN M49 region
             * @example Asia
             */
            region: string | null;
            /**
             * @description UN M49 sub-region
             * @example Central Asia
             */
            subregion: string | null;
            /** @description UN M49 intermediate region, where there is one */
            intermediateRegion: string | null;
            /** @description True for entities that no longer exist (USSR, Yugoslavia, ...), kept so old data loads */
            historical: boolean;
            /** @description How the value or entity came about, where that needs saying */
            note: string | null;
        };
        CountryDetail: {
            /**
             * @description ISO 3166-1 alpha-3 code (or the project code of a historical entity, e.g. SUN)
             * @example KAZ
             */
            iso3: string;
            /**
             * @description ISO 3166-1 alpha-2 code
             * @example KZ
             */
            iso2: string | null;
            /**
             * @description UN M49 numeric code
             * @example 398
             */
            m49: number | null;
            /**
             * @description Name, in English
             * @example Kazakhstan
             */
            name: string;
            /** @description Other English names, e.g. Russia for Russian Federation */
            altNames: string[];
            /**
             * @description UN M49 region
             * @example Asia
             */
            region: string | null;
            /**
             * @description UN M49 sub-region
             * @example Central Asia
             */
            subregion: string | null;
            /** @description UN M49 intermediate region, where there is one */
            intermediateRegion: string | null;
            /** @description True for entities that no longer exist (USSR, Yugoslavia, ...), kept so old data loads */
            historical: boolean;
            /** @description How the value or entity came about, where that needs saying */
            note: string | null;
            /** @description Country groups this country belongs or belonged to */
            groups: {
                /**
                 * @description Identifier, as the routes take it
                 * @example central-asia
                 */
                id: string;
                /** @description Name, in English */
                name: string;
                /** @description First year of membership (inclusive); null = no bound */
                fromYear: number | null;
                /** @description Last year of membership (inclusive); null = still a member */
                toYear: number | null;
            }[];
        };
        CountryList: {
            /** @description The items of this answer, in order */
            data: components["schemas"]["Country"][];
            page: components["schemas"]["Page"];
        };
        /** @description A country's goods ranked by value, with shares, summed over its partners. Commodity: TOTAL (all goods, the default) or an HS code of 2, 4 or 6 digits (HS 2022). A figure for an HS code is the reported value of that code; where a reporter did not report the code, the sum of the codes it reported one level down (else two) stands in, flagged derived. All-goods figures are reported totals, never sums of products, except for a pair with no reported total at all: then the sums of its reported chapters stand in, flagged derived. */
        CountryProducts: {
            reporter: components["schemas"]["CountryRef"];
            /**
             * @description export: the country's exports; import: its imports; total: both
             * @enum {string}
             */
            flow: "export" | "import" | "total";
            /** @description 2 chapters, 4 headings, 6 subheadings */
            level: number;
            parent: components["schemas"]["CommodityRef"];
            /** @description The group whose members are the partners; null: every partner */
            within: string | null;
            /**
             * @description The currency of every value: USD, US dollars
             * @constant
             */
            unit: "USD";
            /** @description The one source every figure of this answer comes from (chosen, or pinned with `source`); "any" with source=any; null where there is no data */
            source: string | null;
            /** @description Calendar year */
            year: number | null;
            /** @description Σ over every product at this level under the parent (the shares are of this) */
            total: components["schemas"]["Figure"];
            /** @description The figure for the parent itself (for all goods: the reported total), to compare with the sum of its products; the notes say when they differ */
            parentFigure: components["schemas"]["Figure"];
            /** @description The items of this answer, in order */
            data: {
                /** @description 1 for the largest, by value; ties by code */
                rank: number;
                commodity: components["schemas"]["CommodityRef"];
                /** @description US dollars */
                value: number;
                /** @description 0-100: share of the product in the sum over every product at this level (`total`) */
                sharePct: number | null;
                /** @description Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. */
                basis: ("reporter" | "mirror" | "turnover") | null;
                /** @description True if the figure, or any figure it is computed from, is an estimate */
                estimated: boolean;
                /** @description Source id (GET /v1/sources); "a+b" where a figure combines two sources */
                source: string | null;
                /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                derived: boolean;
                /** @description Net weight in kg of the report the value comes from; null where the file had none */
                netWeightKg: number | null;
                /** @description value / netWeightKg: US dollars per kg; null without a weight */
                unitValueUsdPerKg: number | null;
            }[];
            /** @description The products beyond `limit`, together, as a figure with its share */
            rest: {
                /** @description US dollars; null where nothing is known (never 0 for missing) */
                value: number | null;
                /** @description Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. */
                basis: ("reporter" | "mirror" | "turnover") | null;
                /** @description True if the figure or any figure it is computed from is an estimate */
                estimated: boolean;
                /** @description Source id; "a+b" where a figure combines two sources */
                source: string | null;
                /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                derived: boolean;
                /** @description 0-100: share of the rest in the total */
                sharePct: number | null;
            };
            /** @description One ranking per year: the one year asked, or each year of from-to */
            years: {
                /** @description Calendar year */
                year: number | null;
                /** @description Σ over every product at this level under the parent (the shares are of this) */
                total: components["schemas"]["Figure"];
                /** @description The figure for the parent itself (for all goods: the reported total), to compare with the sum of its products; the notes say when they differ */
                parentFigure: components["schemas"]["Figure"];
                /** @description The items of this answer, in order */
                data: {
                    /** @description 1 for the largest, by value; ties by code */
                    rank: number;
                    commodity: components["schemas"]["CommodityRef"];
                    /** @description US dollars */
                    value: number;
                    /** @description 0-100: share of the product in the sum over every product at this level (`total`) */
                    sharePct: number | null;
                    /** @description Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. */
                    basis: ("reporter" | "mirror" | "turnover") | null;
                    /** @description True if the figure, or any figure it is computed from, is an estimate */
                    estimated: boolean;
                    /** @description Source id (GET /v1/sources); "a+b" where a figure combines two sources */
                    source: string | null;
                    /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                    derived: boolean;
                    /** @description Net weight in kg of the report the value comes from; null where the file had none */
                    netWeightKg: number | null;
                    /** @description value / netWeightKg: US dollars per kg; null without a weight */
                    unitValueUsdPerKg: number | null;
                }[];
                /** @description The products beyond `limit`, together, as a figure with its share */
                rest: {
                    /** @description US dollars; null where nothing is known (never 0 for missing) */
                    value: number | null;
                    /** @description Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. */
                    basis: ("reporter" | "mirror" | "turnover") | null;
                    /** @description True if the figure or any figure it is computed from is an estimate */
                    estimated: boolean;
                    /** @description Source id; "a+b" where a figure combines two sources */
                    source: string | null;
                    /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                    derived: boolean;
                    /** @description 0-100: share of the rest in the total */
                    sharePct: number | null;
                };
            }[];
            /** @description What a reader must know about the figures: years outside the data, other sources available, sources mixed with source=any, why a figure is null */
            notes: string[];
        };
        /** @description A country or territory, as it appears anywhere in a response. */
        CountryRef: {
            /**
             * @description ISO 3166-1 alpha-3 code (or the project code of a historical entity, e.g. SUN)
             * @example KAZ
             */
            iso3: string;
            /**
             * @description ISO 3166-1 alpha-2 code
             * @example KZ
             */
            iso2: string | null;
            /**
             * @description UN M49 numeric code
             * @example 398
             */
            m49: number | null;
            /**
             * @description Name, in English
             * @example Kazakhstan
             */
            name: string;
        };
        Coverage: {
            /** @description Years the first country reported trade with the partner */
            reporter: number[];
            /** @description Years the partner reported trade with the first country */
            partner: number[];
        };
        DirectionalFigure: {
            /** @description US dollars; null where nothing is known (never 0 for missing) */
            value: number | null;
            /** @description Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. */
            basis: ("reporter" | "mirror" | "turnover") | null;
            /** @description True if the figure or any figure it is computed from is an estimate */
            estimated: boolean;
            /** @description Source id; "a+b" where a figure combines two sources */
            source: string | null;
            /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
            derived: boolean;
            /** @description As the first country reports it */
            reported: {
                /** @description US dollars (not millions); null where nothing is known, never 0 for missing */
                value: number;
                /** @description True if the figure, or any figure it is computed from, is an estimate */
                estimated: boolean;
                /** @description Source id (GET /v1/sources); "a+b" where a figure combines two sources */
                source: string;
                /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                derived: boolean;
            } | null;
            /** @description As the partner reports the same goods */
            mirror: {
                /** @description US dollars (not millions); null where nothing is known, never 0 for missing */
                value: number;
                /** @description True if the figure, or any figure it is computed from, is an estimate */
                estimated: boolean;
                /** @description Source id (GET /v1/sources); "a+b" where a figure combines two sources */
                source: string;
                /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                derived: boolean;
            } | null;
        };
        Figure: {
            /** @description US dollars; null where nothing is known (never 0 for missing) */
            value: number | null;
            /** @description Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. */
            basis: ("reporter" | "mirror" | "turnover") | null;
            /** @description True if the figure or any figure it is computed from is an estimate */
            estimated: boolean;
            /** @description Source id; "a+b" where a figure combines two sources */
            source: string | null;
            /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
            derived: boolean;
        };
        FlowList: {
            /**
             * @description The currency of every value: USD, US dollars
             * @constant
             */
            unit: "USD";
            /** @description The items of this answer, in order */
            data: components["schemas"]["FlowRow"][];
            page: components["schemas"]["Page"];
        };
        FlowRow: {
            /** @description The country whose statistics office reported the figure */
            reporter: components["schemas"]["CountryRef"];
            partner: components["schemas"]["CountryRef"];
            /**
             * @description Calendar year
             * @example 2022
             */
            year: number;
            /**
             * @description export (reporter to partner, usually FOB), import (reporter from partner, usually CIF), re-export, re-import, or turnover (exports + imports, for statistics published only as a total)
             * @enum {string}
             */
            flow: "export" | "import" | "re-export" | "re-import" | "turnover";
            /**
             * @description TOTAL for all goods, or an HS code
             * @example TOTAL
             */
            commodity: string;
            /**
             * @description Value in US dollars (not millions)
             * @example 5000000000
             */
            valueUsd: number;
            /** @description True where the source marks the figure as an estimate, or it was derived */
            estimated: boolean;
            /**
             * @description Source id (GET /v1/sources)
             * @example seed-article
             */
            source: string;
            /** @description Id of the import (release) that wrote the value */
            release: number;
            /** @description How the value was obtained, where that needs saying */
            note: string | null;
        };
        Group: {
            /**
             * @description Identifier, as the routes take it
             * @example central-asia
             */
            id: string;
            /**
             * @description Name, in English
             * @example Central Asia
             */
            name: string;
            /** @description geographic, economic-union, customs-union or political-union */
            kind: string;
            /** @description What it is, in a sentence */
            description: string;
            /** @description The publisher's web address, where there is one */
            url: string | null;
            /** @description The year asked for; null = every member of any year */
            year: number | null;
            /** @description The members of the group in that year */
            members: {
                country: components["schemas"]["CountryRef"];
                /** @description First year of membership (inclusive); null = no bound */
                fromYear: number | null;
                /** @description Last year of membership (inclusive); null = still a member */
                toYear: number | null;
            }[];
        };
        GroupList: {
            /** @description The items of this answer, in order */
            data: components["schemas"]["GroupSummary"][];
        };
        GroupSummary: {
            /**
             * @description Identifier, as the routes take it
             * @example central-asia
             */
            id: string;
            /**
             * @description Name, in English
             * @example Central Asia
             */
            name: string;
            /** @description geographic, economic-union, customs-union or political-union */
            kind: string;
            /** @description What it is, in a sentence */
            description: string;
            /** @description The publisher's web address, where there is one */
            url: string | null;
            /** @description Countries that were members in any year */
            memberCount: number;
        };
        GroupTrade: {
            /** @description Group id (GET /v1/groups) */
            group: string;
            /** @description The goods every figure is about: TOTAL (all goods) or an HS code */
            commodity: components["schemas"]["CommodityRef"];
            /**
             * @description The currency of every value: USD, US dollars
             * @constant
             */
            unit: "USD";
            /** @description The one source every figure of this answer comes from (chosen, or pinned with `source`); "any" with source=any; null where there is no data */
            source: string | null;
            /** @description One object per year, oldest first */
            data: components["schemas"]["GroupTradeYear"][];
            /** @description What a reader must know about the figures: years outside the data, other sources available, sources mixed with source=any, why a figure is null */
            notes: string[];
        };
        /** @description Intra-group trade of group G in year y = Σ over ordered member pairs (i, j), i ≠ j, of exports(i→j) (i's report, else j's mirror), members as of year y. Extra-group = Σ over members i and non-members p of exports(i→p). Total = intra + extra (the members' exports). Intra share % = intra / total × 100. */
        GroupTradeYear: {
            /** @description Group id (GET /v1/groups) */
            group: string;
            /** @description Calendar year */
            year: number;
            /**
             * @description The currency of every value: USD, US dollars
             * @constant
             */
            unit: "USD";
            /** @description Members in that year */
            members: components["schemas"]["CountryRef"][];
            /** @description Intra-group trade of group G in year y = Σ over ordered member pairs (i, j), i ≠ j, of exports(i→j) (i's report, else j's mirror), members as of year y. Extra-group = Σ over members i and non-members p of exports(i→p). Total = intra + extra (the members' exports). Intra share % = intra / total × 100. A figure: basis where every pair shares one, estimated if any is; null value in a year without any figure */
            intra: components["schemas"]["Figure"];
            /** @description The members' exports to everyone else, as a figure */
            extra: components["schemas"]["Figure"];
            /** @description The members' exports, intra + extra, as a figure */
            total: components["schemas"]["Figure"];
            /** @description 0-100: intra-group trade as a share of the members' total exports; null where the total is zero */
            intraSharePct: number | null;
            /** @description exports(i→j) for every ordered member pair, as a figure (i's report, else j's mirror) */
            matrix: {
                /** @description US dollars; null where nothing is known (never 0 for missing) */
                value: number | null;
                /** @description Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. */
                basis: ("reporter" | "mirror" | "turnover") | null;
                /** @description True if the figure or any figure it is computed from is an estimate */
                estimated: boolean;
                /** @description Source id; "a+b" where a figure combines two sources */
                source: string | null;
                /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                derived: boolean;
                reporter: components["schemas"]["CountryRef"];
                partner: components["schemas"]["CountryRef"];
            }[];
        };
        Growth: {
            reporter: components["schemas"]["CountryRef"];
            partner: components["schemas"]["CountryRef"];
            /** @description The goods every figure is about: TOTAL (all goods) or an HS code */
            commodity: components["schemas"]["CommodityRef"];
            /**
             * @description The currency of every value: USD, US dollars
             * @constant
             */
            unit: "USD";
            /** @description The one source every figure of this answer comes from (chosen, or pinned with `source`); "any" with source=any; null where there is no data */
            source: string | null;
            /**
             * @description Which figure: total (exports + imports), exports or imports
             * @enum {string}
             */
            measure: "total" | "exports" | "imports";
            /** @description The first year of the span and its value */
            start: {
                /** @description null when the pair has no value of the measure at all */
                year: number | null;
                /** @description US dollars (not millions); null where nothing is known, never 0 for missing */
                value: number | null;
            };
            /** @description The last year of the span and its value */
            end: {
                /** @description null when the pair has no value of the measure at all */
                year: number | null;
                /** @description US dollars (not millions); null where nothing is known, never 0 for missing */
                value: number | null;
            };
            /** @description Change = v1 − v0; change % from y0 to y1 = (v1 / v0 − 1) × 100. */
            change: number | null;
            /** @description Change = v1 − v0; change % from y0 to y1 = (v1 / v0 − 1) × 100. In percent, 0-100 scale (29 is 29%; growth may exceed 100 or be negative). */
            changePct: number | null;
            /** @description CAGR % = ((v1 / v0)^(1 / (y1 − y0)) − 1) × 100; null where v0 is missing or zero. In percent, 0-100 scale (29 is 29%; growth may exceed 100 or be negative). */
            cagrPct: number | null;
            /** @description Each year of the span with its value and YoY % (0-100 scale, may exceed 100 or be negative) */
            yoy: {
                /** @description Calendar year */
                year: number;
                /** @description US dollars (not millions); null where nothing is known, never 0 for missing */
                value: number | null;
                /** @description YoY % = (v_y / v_{y−1} − 1) × 100; null where v_{y−1} is missing or zero. In percent, 0-100 scale (29 is 29%; growth may exceed 100 or be negative). */
                pct: number | null;
            }[];
            /** @description Years each side reported, in the answer's source */
            coverage: components["schemas"]["Coverage"];
            /** @description What a reader must know about the figures: years outside the data, other sources available, sources mixed with source=any, why a figure is null */
            notes: string[];
        };
        Health: {
            /**
             * @description Always ok: the process answers
             * @constant
             */
            status: "ok";
        };
        /** @description Mirror gap for flow a→b in year y: reported = exports(a→b) as a reports them (FOB); mirror = imports(b←a) as b reports them (CIF); gap = mirror − reported; gap % = gap / reported × 100; CIF/FOB ratio = mirror / reported. For flow "import" (a's imports from b, CIF, against b's exports to a, FOB) gap = mirror − reported as well, and the CIF/FOB ratio = reported / mirror. */
        Mirror: {
            reporter: components["schemas"]["CountryRef"];
            partner: components["schemas"]["CountryRef"];
            /** @description The goods every figure is about: TOTAL (all goods) or an HS code */
            commodity: components["schemas"]["CommodityRef"];
            /**
             * @description The currency of every value: USD, US dollars
             * @constant
             */
            unit: "USD";
            /** @description The one source every figure of this answer comes from (chosen, or pinned with `source`); "any" with source=any; null where there is no data */
            source: string | null;
            /** @description The items of this answer, in order */
            data: {
                /** @description Calendar year */
                year: number;
                /**
                 * @description export: a's exports vs b's imports from a; import: a's imports vs b's exports to a
                 * @enum {string}
                 */
                flow: "export" | "import";
                /** @description One side's report of the figure; null where that side did not report */
                reported: {
                    /** @description US dollars (not millions); null where nothing is known, never 0 for missing */
                    value: number;
                    /** @description True if the figure, or any figure it is computed from, is an estimate */
                    estimated: boolean;
                    /** @description Source id (GET /v1/sources); "a+b" where a figure combines two sources */
                    source: string;
                    /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                    derived: boolean;
                } | null;
                /** @description One side's report of the figure; null where that side did not report */
                mirror: {
                    /** @description US dollars (not millions); null where nothing is known, never 0 for missing */
                    value: number;
                    /** @description True if the figure, or any figure it is computed from, is an estimate */
                    estimated: boolean;
                    /** @description Source id (GET /v1/sources); "a+b" where a figure combines two sources */
                    source: string;
                    /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                    derived: boolean;
                } | null;
                /** @description Mirror gap for flow a→b in year y: reported = exports(a→b) as a reports them (FOB); mirror = imports(b←a) as b reports them (CIF); gap = mirror − reported; gap % = gap / reported × 100; CIF/FOB ratio = mirror / reported. For flow "import" (a's imports from b, CIF, against b's exports to a, FOB) gap = mirror − reported as well, and the CIF/FOB ratio = reported / mirror. */
                gap: number | null;
                /** @description Gap as a percentage of the reported value (0-100 scale, may exceed 100 or be negative); null where reported is missing or zero */
                gapPct: number | null;
                /** @description CIF value / FOB value (about 1.05-1.10 typically); null where either is missing or FOB is zero */
                cifFobRatio: number | null;
            }[];
            /** @description Years each side reported, in the answer's source */
            coverage: components["schemas"]["Coverage"];
            /** @description What a reader must know about the figures: years outside the data, other sources available, sources mixed with source=any, why a figure is null */
            notes: string[];
        };
        Page: {
            /** @description The limit applied to this page */
            limit: number;
            /** @description Cursor for the next page (pass as `cursor`); null on the last page */
            next: string | null;
        };
        /** @description A pair's goods ranked by value, with shares. Commodity: TOTAL (all goods, the default) or an HS code of 2, 4 or 6 digits (HS 2022). A figure for an HS code is the reported value of that code; where a reporter did not report the code, the sum of the codes it reported one level down (else two) stands in, flagged derived. All-goods figures are reported totals, never sums of products, except for a pair with no reported total at all: then the sums of its reported chapters stand in, flagged derived. */
        PairProducts: {
            reporter: components["schemas"]["CountryRef"];
            partner: components["schemas"]["CountryRef"];
            /**
             * @description export: a's exports to b; import: a's imports from b; total: both
             * @enum {string}
             */
            flow: "export" | "import" | "total";
            /** @description 2 chapters, 4 headings, 6 subheadings */
            level: number;
            /** @description The goods ranked are under this code (TOTAL: all goods) */
            parent: components["schemas"]["CommodityRef"];
            /**
             * @description The currency of every value: USD, US dollars
             * @constant
             */
            unit: "USD";
            /** @description The one source every figure of this answer comes from (chosen, or pinned with `source`); "any" with source=any; null where there is no data */
            source: string | null;
            /** @description The year of the top-level ranking: the one asked, or the last of a range */
            year: number | null;
            /** @description Σ over every product at this level under the parent (the shares are of this) */
            total: components["schemas"]["Figure"];
            /** @description The figure for the parent itself (for all goods: the reported total), to compare with the sum of its products; the notes say when they differ */
            parentFigure: components["schemas"]["Figure"];
            /** @description The items of this answer, in order */
            data: {
                /** @description 1 for the largest, by value; ties by code */
                rank: number;
                commodity: components["schemas"]["CommodityRef"];
                /** @description US dollars */
                value: number;
                /** @description 0-100: share of the product in the sum over every product at this level (`total`) */
                sharePct: number | null;
                /** @description Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. */
                basis: ("reporter" | "mirror" | "turnover") | null;
                /** @description True if the figure, or any figure it is computed from, is an estimate */
                estimated: boolean;
                /** @description Source id (GET /v1/sources); "a+b" where a figure combines two sources */
                source: string | null;
                /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                derived: boolean;
                /** @description Net weight in kg of the report the value comes from; null where the file had none */
                netWeightKg: number | null;
                /** @description value / netWeightKg: US dollars per kg; null without a weight */
                unitValueUsdPerKg: number | null;
            }[];
            /** @description The products beyond `limit`, together, as a figure with its share */
            rest: {
                /** @description US dollars; null where nothing is known (never 0 for missing) */
                value: number | null;
                /** @description Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. */
                basis: ("reporter" | "mirror" | "turnover") | null;
                /** @description True if the figure or any figure it is computed from is an estimate */
                estimated: boolean;
                /** @description Source id; "a+b" where a figure combines two sources */
                source: string | null;
                /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                derived: boolean;
                /** @description 0-100: share of the rest in the total */
                sharePct: number | null;
            };
            /** @description One ranking per year: the one year asked, or each year of from-to */
            years: {
                /** @description Calendar year */
                year: number | null;
                /** @description Σ over every product at this level under the parent (the shares are of this) */
                total: components["schemas"]["Figure"];
                /** @description The figure for the parent itself (for all goods: the reported total), to compare with the sum of its products; the notes say when they differ */
                parentFigure: components["schemas"]["Figure"];
                /** @description The items of this answer, in order */
                data: {
                    /** @description 1 for the largest, by value; ties by code */
                    rank: number;
                    commodity: components["schemas"]["CommodityRef"];
                    /** @description US dollars */
                    value: number;
                    /** @description 0-100: share of the product in the sum over every product at this level (`total`) */
                    sharePct: number | null;
                    /** @description Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. */
                    basis: ("reporter" | "mirror" | "turnover") | null;
                    /** @description True if the figure, or any figure it is computed from, is an estimate */
                    estimated: boolean;
                    /** @description Source id (GET /v1/sources); "a+b" where a figure combines two sources */
                    source: string | null;
                    /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                    derived: boolean;
                    /** @description Net weight in kg of the report the value comes from; null where the file had none */
                    netWeightKg: number | null;
                    /** @description value / netWeightKg: US dollars per kg; null without a weight */
                    unitValueUsdPerKg: number | null;
                }[];
                /** @description The products beyond `limit`, together, as a figure with its share */
                rest: {
                    /** @description US dollars; null where nothing is known (never 0 for missing) */
                    value: number | null;
                    /** @description Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. */
                    basis: ("reporter" | "mirror" | "turnover") | null;
                    /** @description True if the figure or any figure it is computed from is an estimate */
                    estimated: boolean;
                    /** @description Source id; "a+b" where a figure combines two sources */
                    source: string | null;
                    /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                    derived: boolean;
                    /** @description 0-100: share of the rest in the total */
                    sharePct: number | null;
                };
            }[];
            /** @description What a reader must know about the figures: years outside the data, other sources available, sources mixed with source=any, why a figure is null */
            notes: string[];
        };
        /** @description Share % of partner p in a's trade within a set S = value(a, p) / Σ_{q ∈ S} value(a, q) × 100; S defaults to all partners of a (the World). */
        Partners: {
            reporter: components["schemas"]["CountryRef"];
            /** @description The goods every figure is about: TOTAL (all goods) or an HS code */
            commodity: components["schemas"]["CommodityRef"];
            /** @description The year of the top-level ranking: the one asked, or the last of a range */
            year: number | null;
            /**
             * @description Which figure: total (exports + imports), exports or imports
             * @enum {string}
             */
            measure: "total" | "exports" | "imports";
            /** @description The group id partners were limited to; null for all partners */
            within: string | null;
            /**
             * @description The currency of every value: USD, US dollars
             * @constant
             */
            unit: "USD";
            /** @description The one source every figure of this answer comes from (chosen, or pinned with `source`); "any" with source=any; null where there is no data */
            source: string | null;
            /** @description Σ of the measure over every partner in the set, as a figure (basis where all share one, estimated if any is); null value where no partner has one */
            total: components["schemas"]["Figure"];
            /** @description The items of this answer, in order */
            data: {
                /** @description 1 for the largest, by value; ties by code */
                rank: number;
                partner: components["schemas"]["CountryRef"];
                /** @description US dollars (not millions); null where nothing is known, never 0 for missing */
                value: number;
                /** @description 0-100. Share % of partner p in a's trade within a set S = value(a, p) / Σ_{q ∈ S} value(a, q) × 100; S defaults to all partners of a (the World). */
                sharePct: number | null;
                /** @description Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. */
                basis: ("reporter" | "mirror" | "turnover") | null;
                /** @description True if the figure, or any figure it is computed from, is an estimate */
                estimated: boolean;
                /** @description Source id (GET /v1/sources); "a+b" where a figure combines two sources */
                source: string | null;
                /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                derived: boolean;
            }[];
            /** @description The partners beyond `limit`, together, as a figure with its share */
            rest: {
                /** @description US dollars; null where nothing is known (never 0 for missing) */
                value: number | null;
                /** @description Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. */
                basis: ("reporter" | "mirror" | "turnover") | null;
                /** @description True if the figure or any figure it is computed from is an estimate */
                estimated: boolean;
                /** @description Source id; "a+b" where a figure combines two sources */
                source: string | null;
                /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                derived: boolean;
                /** @description 0-100: share of the rest in the total */
                sharePct: number | null;
            };
            /** @description One ranking per year: the one year asked, or each year of from-to (for a share-over-time chart in one call) */
            years: {
                /** @description Calendar year */
                year: number | null;
                /** @description Σ of the measure over every partner in the set, as a figure (basis where all share one, estimated if any is); null value where no partner has one */
                total: components["schemas"]["Figure"];
                /** @description The items of this answer, in order */
                data: {
                    /** @description 1 for the largest, by value; ties by code */
                    rank: number;
                    partner: components["schemas"]["CountryRef"];
                    /** @description US dollars (not millions); null where nothing is known, never 0 for missing */
                    value: number;
                    /** @description 0-100. Share % of partner p in a's trade within a set S = value(a, p) / Σ_{q ∈ S} value(a, q) × 100; S defaults to all partners of a (the World). */
                    sharePct: number | null;
                    /** @description Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. */
                    basis: ("reporter" | "mirror" | "turnover") | null;
                    /** @description True if the figure, or any figure it is computed from, is an estimate */
                    estimated: boolean;
                    /** @description Source id (GET /v1/sources); "a+b" where a figure combines two sources */
                    source: string | null;
                    /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                    derived: boolean;
                }[];
                /** @description The partners beyond `limit`, together, as a figure with its share */
                rest: {
                    /** @description US dollars; null where nothing is known (never 0 for missing) */
                    value: number | null;
                    /** @description Basis: a figure "as reported by a" uses a's own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: b's report of the same goods (a's exports to b ≈ b's imports from a), basis "mirror". With basis=partner the mirror comes first. Basis "turnover": a reported total (exports + imports) stands in for missing directions. */
                    basis: ("reporter" | "mirror" | "turnover") | null;
                    /** @description True if the figure or any figure it is computed from is an estimate */
                    estimated: boolean;
                    /** @description Source id; "a+b" where a figure combines two sources */
                    source: string | null;
                    /** @description Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings). */
                    derived: boolean;
                    /** @description 0-100: share of the rest in the total */
                    sharePct: number | null;
                };
            }[];
            /** @description What a reader must know about the figures: years outside the data, other sources available, sources mixed with source=any, why a figure is null */
            notes: string[];
        };
        /** @description An RFC 9457 problem (application/problem+json). */
        Problem: {
            /**
             * @description URI reference naming the problem type; see docs/errors.md
             * @example /problems/invalid-parameter
             */
            type: string;
            /**
             * @description A short, fixed summary of the problem type
             * @example Invalid parameter
             */
            title: string;
            /**
             * @description The HTTP status code of this answer
             * @example 400
             */
            status: number;
            /**
             * @description What went wrong in this request, and how to fix it
             * @example limit: must be at most 10000; use the cursor in page.next for more rows
             */
            detail: string;
            /**
             * @description This occurrence: urn:request: and the request id (the X-Request-Id answer header; quote it when reporting)
             * @example urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43
             */
            instance: string;
            /** @description Each invalid parameter, with how to fix it */
            errors?: {
                /**
                 * @description Where the parameter is: path, query, header or body
                 * @enum {string}
                 */
                in: "path" | "query" | "header" | "body";
                /**
                 * @description Name, in English
                 * @example limit
                 */
                name: string;
                /**
                 * @description What is wrong with it, and what is accepted
                 * @example must be at most 10000; use the cursor in page.next for more rows
                 */
                message: string;
            }[];
            /** @description For an unknown country code: close matches */
            suggestions?: components["schemas"]["CountryRef"][];
        } & {
            [key: string]: unknown;
        };
        ProblemType: {
            /** @description The URI reference problems of this type carry in `type` */
            type: string;
            /** @description The `title` of every problem of this type */
            title: string;
            /** @description The HTTP status it comes with */
            status: number;
            /** @description When the API answers it, and what to do */
            when: string;
            /** @description Where the project documents every type */
            documentation: string;
        };
        Readiness: {
            /**
             * @description ready: the database answers and every migration is applied (otherwise a 503 problem)
             * @constant
             */
            status: "ready";
            /**
             * @description Which backend this instance uses
             * @enum {string}
             */
            database: "pglite" | "postgres";
            /** @description On the primary; with the primary unreachable, those this version ships, which a serving replica has */
            migrations: {
                /** @description Migrations applied to the database */
                applied: number;
                /** @description Migrations this build ships */
                expected: number;
            };
            /**
             * @description Only with read replicas configured: unreachable while a replica still serves reads (imports answer 503 meanwhile)
             * @enum {string}
             */
            primary?: "ready" | "unreachable";
            /** @description Only with read replicas configured (DATABASE_READ_URL) */
            replicas?: {
                /** @description replica-N: the Nth URL of DATABASE_READ_URL */
                name: string;
                /**
                 * @description current: serves reads; lagging: has not replayed the newest release, reads go to the primary until it has; migrations_pending: has not replayed this version's migrations; unreachable: reads go elsewhere, retried every 5 s
                 * @enum {string}
                 */
                state: "current" | "lagging" | "migrations_pending" | "unreachable";
            }[];
        };
        Release: {
            /** @description Release id; flows carry it in `release`, and `asOf` accepts it */
            id: number;
            /**
             * @description Source id (GET /v1/sources); "a+b" where a figure combines two sources
             * @example imf-dots
             */
            source: string;
            /**
             * @description The file format of the import (GET /docs: POST /v1/imports)
             * @example imf-dots
             */
            format: string;
            /** @description The file name as uploaded or given to the command line; null for a body without one */
            fileName: string | null;
            /** @description SHA-256 of the file as received (compressed or not) */
            sha256: string | null;
            /**
             * @description running while the import runs; completed once committed; failed if it was rolled back (nothing written)
             * @enum {string}
             */
            status: "running" | "completed" | "failed";
            /** @description Observations read from the file */
            rowsRead: number;
            /** @description New observations */
            inserted: number;
            /** @description Observations whose value changed (the old value is kept as a revision) */
            updated: number;
            /** @description Observations already present with the same value */
            unchanged: number;
            /** @description Rows refused (on-error=skip), with reasons in rejectedSamples */
            rejected: number;
            /**
             * Format: date-time
             * @description When the import started (UTC)
             */
            startedAt: string;
            /** @description When it committed (completed) or gave up (failed) */
            finishedAt: string | null;
            /** @description Why a failed import failed, as its answer said; null otherwise */
            failureReason: string | null;
            /** @description The API key that made it (POST /v1/imports); null for the command line and the demo data */
            apiKey: {
                /** @description Identifier, as the routes take it */
                id: number;
                /** @description Name, in English */
                name: string;
            } | null;
            /** @description The first rejected rows (100 unless IMPORT_MAX_REJECTED_SAMPLES says otherwise) with line and reason */
            rejectedSamples: {
                /** @description Line of the file (the header is line 1) */
                line: number;
                /** @description Why the row was rejected */
                reason: string;
            }[];
            /** @description What a reader must know about the figures */
            notes: string | null;
        };
        ReleaseList: {
            /** @description The items of this answer, in order */
            data: components["schemas"]["ReleaseSummary"][];
            page: components["schemas"]["Page"];
        };
        ReleaseSummary: {
            /** @description Release id; flows carry it in `release`, and `asOf` accepts it */
            id: number;
            /**
             * @description Source id (GET /v1/sources); "a+b" where a figure combines two sources
             * @example imf-dots
             */
            source: string;
            /**
             * @description The file format of the import (GET /docs: POST /v1/imports)
             * @example imf-dots
             */
            format: string;
            /** @description The file name as uploaded or given to the command line; null for a body without one */
            fileName: string | null;
            /** @description SHA-256 of the file as received (compressed or not) */
            sha256: string | null;
            /**
             * @description running while the import runs; completed once committed; failed if it was rolled back (nothing written)
             * @enum {string}
             */
            status: "running" | "completed" | "failed";
            /** @description Observations read from the file */
            rowsRead: number;
            /** @description New observations */
            inserted: number;
            /** @description Observations whose value changed (the old value is kept as a revision) */
            updated: number;
            /** @description Observations already present with the same value */
            unchanged: number;
            /** @description Rows refused (on-error=skip), with reasons in rejectedSamples */
            rejected: number;
            /**
             * Format: date-time
             * @description When the import started (UTC)
             */
            startedAt: string;
            /** @description When it committed (completed) or gave up (failed) */
            finishedAt: string | null;
            /** @description Why a failed import failed, as its answer said; null otherwise */
            failureReason: string | null;
            /** @description The API key that made it (POST /v1/imports); null for the command line and the demo data */
            apiKey: {
                /** @description Identifier, as the routes take it */
                id: number;
                /** @description Name, in English */
                name: string;
            } | null;
        };
        Source: {
            /**
             * @description The id figures carry in their `source` field
             * @example imf-dots
             */
            id: string;
            /** @description Name, in English */
            name: string;
            /** @description Who publishes the data */
            publisher: string;
            /** @description The publisher's web address, where there is one */
            url: string | null;
            /** @description The terms the data may be used under */
            license: string | null;
            /** @description How to cite the data */
            citation: string | null;
            /** @description What a reader must know about the figures */
            notes: string | null;
            /** @description Completed imports (releases) of this source */
            releaseCount: number;
        };
        SourceList: {
            /** @description The items of this answer, in order */
            data: components["schemas"]["Source"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description This request's id (your own X-Request-Id if you sent a valid one); a problem's `instance` quotes it */
        "X-Request-Id": string;
        /** @description Validator of this answer: send it back in If-None-Match for a 304 while the data has not changed */
        ETag: string;
        /** @description How long caches may keep the answer (CACHE_MAX_AGE_SECONDS), revalidated by ETag */
        "Cache-Control": string;
        /** @description Requests allowed per window for this API key or address */
        "RateLimit-Limit": number;
        /** @description Requests left in the current window */
        "RateLimit-Remaining": number;
        /** @description Seconds until the window resets */
        "RateLimit-Reset": number;
        /** @description `<url>; rel="next"`: the next page, the same as `page.next` as a cursor */
        Link: string;
        /** @description The URL of what was created */
        Location: string;
        /** @description Seconds to wait before trying again */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready: the database answers and migrations are applied */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "database": "pglite",
                     *       "migrations": {
                     *         "applied": 6,
                     *         "expected": 6
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics in the Prometheus exposition format 0.0.4 */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProblemType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The part of a problem `type` after /problems/ */
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The problem type */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "when": "a parameter fails validation: not a year, `from` after `to`, `limit` over the maximum, an unknown region, a cursor this API did not issue",
                     *       "documentation": "docs/errors.md"
                     *     }
                     */
                    "application/json": components["schemas"]["ProblemType"];
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any code or id this API takes */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "detail": "a: longer than any code or id this API takes (64 characters)",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCountries: {
        parameters: {
            query?: {
                /** @description UN M49 region, sub-region or intermediate region: a name (Central Asia) or code (143), any case */
                region?: string;
                /** @description Search names (also alternative names such as Russia) and codes */
                q?: string;
                /** @description true: only historical entities; false: only current ones; absent: both */
                historical?: "true" | "false";
                /** @description Rows per page, 1 to 1000 (default 300). Larger requests are refused with 400, never silently capped. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page */
                cursor?: string;
                /** @description Response format; overrides the Accept header (`Accept: text/csv` or `application/x-ndjson` work too). CSV (RFC 4180) and NDJSON are flat: one row per figure, provenance as columns, as a download. Numbers are never rounded in JSON or NDJSON; CSV rounds percentages and ratios (…Pct, …Ratio) to 6 decimals, never money */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Countries, by iso3 */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan",
                     *           "altNames": [],
                     *           "region": "Asia",
                     *           "subregion": "Central Asia",
                     *           "intermediateRegion": null,
                     *           "historical": false,
                     *           "note": null
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 300,
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CountryList"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The country: ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The country, with its groups */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "iso3": "KAZ",
                     *       "iso2": "KZ",
                     *       "m49": 398,
                     *       "name": "Kazakhstan",
                     *       "altNames": [],
                     *       "region": "Asia",
                     *       "subregion": "Central Asia",
                     *       "intermediateRegion": null,
                     *       "historical": false,
                     *       "note": null,
                     *       "groups": [
                     *         {
                     *           "id": "central-asia",
                     *           "name": "Central Asia",
                     *           "fromYear": null,
                     *           "toYear": null
                     *         },
                     *         {
                     *           "id": "eaeu",
                     *           "name": "Eurasian Economic Union",
                     *           "fromYear": 2015,
                     *           "toYear": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CountryDetail"];
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any code or id this API takes */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "detail": "a: longer than any code or id this API takes (64 characters)",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGroups: {
        parameters: {
            query?: {
                /** @description Response format; overrides the Accept header (`Accept: text/csv` or `application/x-ndjson` work too). CSV (RFC 4180) and NDJSON are flat: one row per figure, provenance as columns, as a download. Numbers are never rounded in JSON or NDJSON; CSV rounds percentages and ratios (…Pct, …Ratio) to 6 decimals, never money */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every group */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "central-asia",
                     *           "name": "Central Asia",
                     *           "kind": "geographic",
                     *           "description": "The five Central Asian states (UN M49 sub-region 143), also the \"C5\" of the C5+ dialogue formats.",
                     *           "url": "https://unstats.un.org/unsd/methodology/m49/",
                     *           "memberCount": 5
                     *         },
                     *         {
                     *           "id": "eaeu",
                     *           "name": "Eurasian Economic Union",
                     *           "kind": "economic-union",
                     *           "description": "The Eurasian Economic Union, in force from 1 January 2015 (Belarus, Kazakhstan, Russia); Armenia joined on 2 January 2015 and Kyrgyzstan on 12 August 2015.",
                     *           "url": "https://eec.eaeunion.org/en/",
                     *           "memberCount": 5
                     *         },
                     *         {
                     *           "id": "eu",
                     *           "name": "European Union",
                     *           "kind": "political-union",
                     *           "description": "Members of the European Union (the European Economic Community before 1993) in each year. The United Kingdom counts through 2020: it left on 31 January 2020 but stayed in the single market and customs union until 31 December 2020.",
                     *           "url": "https://european-union.europa.eu/principles-countries-history/eu-countries_en",
                     *           "memberCount": 28
                     *         },
                     *         {
                     *           "id": "gcc",
                     *           "name": "Gulf Cooperation Council",
                     *           "kind": "customs-union",
                     *           "description": "The Cooperation Council for the Arab States of the Gulf, founded in 1981.",
                     *           "url": "https://www.gcc-sg.org/",
                     *           "memberCount": 6
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GroupList"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGroup: {
        parameters: {
            query?: {
                /** @description Only the members of this year (membership changes over time: the UK left the EU in 2020) */
                year?: number;
            };
            header?: never;
            path: {
                /** @description Group id, as listed by GET /v1/groups */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group and its membership periods */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "central-asia",
                     *       "name": "Central Asia",
                     *       "kind": "geographic",
                     *       "description": "The five Central Asian states (UN M49 sub-region 143), also the \"C5\" of the C5+ dialogue formats.",
                     *       "url": "https://unstats.un.org/unsd/methodology/m49/",
                     *       "year": 2022,
                     *       "members": [
                     *         {
                     *           "country": {
                     *             "iso3": "KAZ",
                     *             "iso2": "KZ",
                     *             "m49": 398,
                     *             "name": "Kazakhstan"
                     *           },
                     *           "fromYear": null,
                     *           "toYear": null
                     *         },
                     *         {
                     *           "country": {
                     *             "iso3": "KGZ",
                     *             "iso2": "KG",
                     *             "m49": 417,
                     *             "name": "Kyrgyzstan"
                     *           },
                     *           "fromYear": null,
                     *           "toYear": null
                     *         },
                     *         {
                     *           "country": {
                     *             "iso3": "TJK",
                     *             "iso2": "TJ",
                     *             "m49": 762,
                     *             "name": "Tajikistan"
                     *           },
                     *           "fromYear": null,
                     *           "toYear": null
                     *         },
                     *         {
                     *           "country": {
                     *             "iso3": "TKM",
                     *             "iso2": "TM",
                     *             "m49": 795,
                     *             "name": "Turkmenistan"
                     *           },
                     *           "fromYear": null,
                     *           "toYear": null
                     *         },
                     *         {
                     *           "country": {
                     *             "iso3": "UZB",
                     *             "iso2": "UZ",
                     *             "m49": 860,
                     *             "name": "Uzbekistan"
                     *           },
                     *           "fromYear": null,
                     *           "toYear": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any code or id this API takes */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "detail": "a: longer than any code or id this API takes (64 characters)",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Response format; overrides the Accept header (`Accept: text/csv` or `application/x-ndjson` work too). CSV (RFC 4180) and NDJSON are flat: one row per figure, provenance as columns, as a download. Numbers are never rounded in JSON or NDJSON; CSV rounds percentages and ratios (…Pct, …Ratio) to 6 decimals, never money */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every source */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "hs-nomenclature",
                     *           "name": "Harmonized System 2022 nomenclature",
                     *           "publisher": "World Customs Organization",
                     *           "url": "https://www.wcoomd.org/en/topics/nomenclature/instrument-and-tools/hs-nomenclature-2022-edition.aspx",
                     *           "license": "As the file imported says (the datasets/harmonized-system data package: ODC-PDDL 1.0)",
                     *           "citation": "Source: World Customs Organization, Harmonized System 2022",
                     *           "notes": "Product codes and descriptions, not trade figures: each nomenclature import (cli import FILE --format hs-nomenclature) is a release of this source.",
                     *           "releaseCount": 0
                     *         },
                     *         {
                     *           "id": "imf-dots",
                     *           "name": "Direction of Trade Statistics (DOTS)",
                     *           "publisher": "International Monetary Fund",
                     *           "url": "https://data.imf.org/",
                     *           "license": "IMF terms of use: free reuse with attribution",
                     *           "citation": "Source: IMF, Direction of Trade Statistics",
                     *           "notes": "Annual goods trade by partner; exports FOB, imports CIF, as each reporter reports them; IMF estimates flagged.",
                     *           "releaseCount": 0
                     *         },
                     *         {
                     *           "id": "imf-imts",
                     *           "name": "International Merchandise Trade Statistics (IMTS)",
                     *           "publisher": "International Monetary Fund",
                     *           "url": "https://data.imf.org/",
                     *           "license": "IMF terms of use: free reuse with attribution",
                     *           "citation": "Source: IMF, International Merchandise Trade Statistics",
                     *           "notes": "The successor of DOTS on the IMF data portal, served as SDMX.",
                     *           "releaseCount": 0
                     *         },
                     *         {
                     *           "id": "seed-article",
                     *           "name": "Central Asia partners article (demo data)",
                     *           "publisher": "News article, August 2024",
                     *           "url": null,
                     *           "license": "Quoted figures; demo data only",
                     *           "citation": "\"Kazakhstan President Kassym-Jomart Tokayev noted that bilateral trade between the two countries has grown by 29% over the last five years, reaching $5bn in 2022.\" \"... Uzbekistan accounting for 57% of Kazakhstan's trade with Central Asian countries.\" (shared/seeds/central-asia-partners-article.txt)",
                     *           "notes": "Statements of the article turned into observations for demonstration. Import real data (IMF DOTS, UN Comtrade) for analysis.",
                     *           "releaseCount": 1
                     *         },
                     *         {
                     *           "id": "un-comtrade",
                     *           "name": "UN Comtrade",
                     *           "publisher": "United Nations Statistics Division",
                     *           "url": "https://comtradeplus.un.org/",
                     *           "license": "UN Comtrade terms of use",
                     *           "citation": "Source: United Nations Comtrade database",
                     *           "notes": "Goods trade by partner and HS commodity as reported by national statistics offices.",
                     *           "releaseCount": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SourceList"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCommodities: {
        parameters: {
            query?: {
                /** @description Search: a code prefix (2709, 27) or words in the name and description (crude), any case */
                q?: string;
                /** @description Only this level: 2 chapters, 4 headings, 6 subheadings */
                level?: "2" | "4" | "6";
                /** @description Only the children of this code (TOTAL for the chapters) */
                parent?: string;
                /** @description Rows per page, 1 to 10000 (default 100). Larger requests are refused with 400, never silently capped. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page */
                cursor?: string;
                /** @description Response format; overrides the Accept header (`Accept: text/csv` or `application/x-ndjson` work too). CSV (RFC 4180) and NDJSON are flat: one row per figure, provenance as columns, as a download. Numbers are never rounded in JSON or NDJSON; CSV rounds percentages and ratios (…Pct, …Ratio) to 6 decimals, never money */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Product codes, by code */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "code": "27",
                     *           "level": 2,
                     *           "name": "Mineral fuels and oils",
                     *           "parent": null,
                     *           "section": "V",
                     *           "description": null,
                     *           "classification": "HS2022"
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 100,
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CommodityList"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommodity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An HS code of 2, 4 or 6 digits */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code, with its ancestors and children */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "27",
                     *       "level": 2,
                     *       "name": "Mineral fuels and oils",
                     *       "parent": null,
                     *       "section": "V",
                     *       "description": null,
                     *       "classification": "HS2022",
                     *       "ancestors": [],
                     *       "children": []
                     *     }
                     */
                    "application/json": components["schemas"]["CommodityDetail"];
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any code or id this API takes */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "detail": "a: longer than any code or id this API takes (64 characters)",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFlows: {
        parameters: {
            query?: {
                /** @description Reporting country: one, or a comma list of up to 50; ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                reporter?: string;
                /** @description Partner country: one, or a comma list of up to 50; ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                partner?: string;
                /** @description One year (instead of from/to) */
                year?: number;
                /** @description First year (inclusive) */
                from?: number;
                /** @description Last year (inclusive) */
                to?: number;
                /** @description export (reporter to partner, usually FOB), import (reporter from partner, usually CIF), re-export, re-import, or turnover (exports + imports, for statistics published only as a total) */
                flow?: "export" | "import" | "re-export" | "re-import" | "turnover";
                /** @description TOTAL or an HS code of 2, 4 or 6 digits (GET /v1/commodities): one, or a comma list of up to 50; e.g. 27,2709 */
                commodity?: string;
                /** @description Only figures of this source id (GET /v1/sources) */
                source?: string;
                /** @description Values as they stood then: a release id (right after that import), or an ISO date (the end of that day, UTC) or date-time. Values a later import changed are taken from their revisions; flows first loaded later are left out. */
                asOf?: string;
                /** @description Rows per page, 1 to 10000 (default 1000). Larger requests are refused with 400, never silently capped. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page */
                cursor?: string;
                /** @description Response format; overrides the Accept header (`Accept: text/csv` or `application/x-ndjson` work too). CSV (RFC 4180) and NDJSON are flat: one row per figure, provenance as columns, as a download. Numbers are never rounded in JSON or NDJSON; CSV rounds percentages and ratios (…Pct, …Ratio) to 6 decimals, never money */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Observations, one per reporter, partner, year, flow, commodity and source */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "unit": "USD",
                     *       "data": [
                     *         {
                     *           "reporter": {
                     *             "iso3": "KAZ",
                     *             "iso2": "KZ",
                     *             "m49": 398,
                     *             "name": "Kazakhstan"
                     *           },
                     *           "partner": {
                     *             "iso3": "UZB",
                     *             "iso2": "UZ",
                     *             "m49": 860,
                     *             "name": "Uzbekistan"
                     *           },
                     *           "year": 2017,
                     *           "flow": "turnover",
                     *           "commodity": "TOTAL",
                     *           "valueUsd": 3875968992.25,
                     *           "estimated": true,
                     *           "source": "seed-article",
                     *           "release": 1,
                     *           "note": "Derived from the statement \"grown by 29% over the last five years, reaching $5bn in 2022\": 5bn / 1.29."
                     *         },
                     *         {
                     *           "reporter": {
                     *             "iso3": "KAZ",
                     *             "iso2": "KZ",
                     *             "m49": 398,
                     *             "name": "Kazakhstan"
                     *           },
                     *           "partner": {
                     *             "iso3": "UZB",
                     *             "iso2": "UZ",
                     *             "m49": 860,
                     *             "name": "Uzbekistan"
                     *           },
                     *           "year": 2022,
                     *           "flow": "turnover",
                     *           "commodity": "TOTAL",
                     *           "valueUsd": 5000000000,
                     *           "estimated": false,
                     *           "source": "seed-article",
                     *           "release": 1,
                     *           "note": "Stated in the article: bilateral trade \"reaching $5bn in 2022\" (a rounded figure)."
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 1000,
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["FlowList"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReleases: {
        parameters: {
            query?: {
                /** @description Only releases of this source */
                source?: string;
                /** @description Rows per page, 1 to 1000 (default 100). Larger requests are refused with 400, never silently capped. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page */
                cursor?: string;
                /** @description Response format; overrides the Accept header (`Accept: text/csv` or `application/x-ndjson` work too). CSV (RFC 4180) and NDJSON are flat: one row per figure, provenance as columns, as a download. Numbers are never rounded in JSON or NDJSON; CSV rounds percentages and ratios (…Pct, …Ratio) to 6 decimals, never money */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Imports, newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": 1,
                     *           "source": "seed-article",
                     *           "format": "demo",
                     *           "fileName": null,
                     *           "sha256": null,
                     *           "status": "completed",
                     *           "rowsRead": 2,
                     *           "inserted": 2,
                     *           "updated": 0,
                     *           "unchanged": 0,
                     *           "rejected": 0,
                     *           "startedAt": "2026-12-02T17:49:34.340Z",
                     *           "finishedAt": "2026-12-02T17:49:34.343Z",
                     *           "failureReason": null,
                     *           "apiKey": null
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 100,
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ReleaseList"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a release id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import (release) with its counts */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "source": "seed-article",
                     *       "format": "demo",
                     *       "fileName": null,
                     *       "sha256": null,
                     *       "status": "completed",
                     *       "rowsRead": 2,
                     *       "inserted": 2,
                     *       "updated": 0,
                     *       "unchanged": 0,
                     *       "rejected": 0,
                     *       "startedAt": "2026-12-02T17:49:34.340Z",
                     *       "finishedAt": "2026-12-02T17:49:34.343Z",
                     *       "failureReason": null,
                     *       "apiKey": null,
                     *       "rejectedSamples": [],
                     *       "notes": null
                     *     }
                     */
                    "application/json": components["schemas"]["Release"];
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any code or id this API takes */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "detail": "a: longer than any code or id this API takes (64 characters)",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAvailability: {
        parameters: {
            query?: {
                /** @description Only what this country reported: ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                reporter?: string;
                /** @description Only reports about trade with this partner: ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                partner?: string;
                /** @description Only this source id (GET /v1/sources) */
                source?: string;
                /** @description One year (instead of from/to) */
                year?: number;
                /** @description First year (inclusive) */
                from?: number;
                /** @description Last year (inclusive) */
                to?: number;
                /** @description Only figures at this commodity level: TOTAL (all goods), 2 chapters, 4 headings, 6 subheadings */
                level?: "2" | "4" | "6" | "TOTAL";
                /** @description Rows per page, 1 to 10000 (default 1000). Larger requests are refused with 400, never silently capped. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page */
                cursor?: string;
                /** @description Response format; overrides the Accept header (`Accept: text/csv` or `application/x-ndjson` work too). CSV (RFC 4180) and NDJSON are flat: one row per figure, provenance as columns, as a download. Numbers are never rounded in JSON or NDJSON; CSV rounds percentages and ratios (…Pct, …Ratio) to 6 decimals, never money */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Coverage, by reporter, year and source */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "reporter": {
                     *             "iso3": "KAZ",
                     *             "iso2": "KZ",
                     *             "m49": 398,
                     *             "name": "Kazakhstan"
                     *           },
                     *           "year": 2017,
                     *           "source": "seed-article",
                     *           "partners": 1,
                     *           "levels": [
                     *             0
                     *           ],
                     *           "flows": [
                     *             "turnover"
                     *           ],
                     *           "release": 1,
                     *           "releasedAt": "2026-12-02T17:49:34.343Z"
                     *         },
                     *         {
                     *           "reporter": {
                     *             "iso3": "KAZ",
                     *             "iso2": "KZ",
                     *             "m49": 398,
                     *             "name": "Kazakhstan"
                     *           },
                     *           "year": 2022,
                     *           "source": "seed-article",
                     *           "partners": 1,
                     *           "levels": [
                     *             0
                     *           ],
                     *           "flows": [
                     *             "turnover"
                     *           ],
                     *           "release": 1,
                     *           "releasedAt": "2026-12-02T17:49:34.343Z"
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 1000,
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AvailabilityList"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createImport: {
        parameters: {
            query: {
                /** @description canonical (reporter,partner,year,flow,commodity,value_usd,estimated), imf-dots (IMF Direction of Trade, US$ millions), comtrade (UN Comtrade API/bulk CSV), sdmx-csv (IMF IMTS SDMX-CSV). See docs/ingest.md. */
                format: "canonical" | "imf-dots" | "imf-dots-world" | "comtrade" | "sdmx-csv";
                /** @description Source id the figures belong to (GET /v1/sources) */
                source: string;
                /** @description abort (default): one invalid row and nothing is written, the answer lists the rows; skip: good rows load, bad ones are reported */
                onError?: "abort" | "skip";
                /** @description Name to record for the file */
                fileName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file: CSV, or gzip-compressed CSV */
        requestBody: {
            content: {
                "text/csv": unknown;
                "text/plain": unknown;
                "application/gzip": unknown;
                "application/x-gzip": unknown;
                "application/octet-stream": unknown;
            };
        };
        responses: {
            /** @description Imported: the release with its inserted, updated, unchanged and rejected counts (Location: its URL) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This route needs an API key: send `Authorization: Bearer <key>`. An operator makes keys with `npm run cli -- keys create --name <name>`.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload, or the file once decompressed, is over its limit (IMPORT_MAX_*); nothing was written */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Upload too large",
                     *       "status": 413,
                     *       "detail": "The upload is over IMPORT_MAX_BYTES (524288000 bytes); nothing was written",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not take */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Unsupported Media Type: application/json",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file was read but rows were invalid: the body lists them (line and reason); nothing was written */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rejected-rows",
                     *       "title": "Rows rejected; nothing imported",
                     *       "status": 422,
                     *       "detail": "2 rows were invalid; nothing was imported",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "name": "line 3",
                     *           "message": "year: 20x0 is not a year"
                     *         }
                     *       ],
                     *       "rejected": 2
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBilateral: {
        parameters: {
            query?: {
                /** @description One year (instead of from/to) */
                year?: number;
                /** @description First year (inclusive); default: the answer's source's first year */
                from?: number;
                /** @description Last year (inclusive); default: the answer's source's last year */
                to?: number;
                /** @description One source per answer: without `source`, an answer uses the one source with the most values in the years asked (ties: the higher priority: imf-dots, then imf-imts, then un-comtrade, then any other source, and seed-article last); growth uses the highest-priority source with a value at both ends; a default year is the latest year of the chosen source. `source=<id>` pins a source; `source=any` takes the best figure per year from any source, in that priority, each figure naming its own, and a note says they mix. */
                source?: string;
                /** @description TOTAL (all goods; the default) or an HS code of 2, 4 or 6 digits (GET /v1/commodities lists them) */
                commodity?: string;
                /** @description reporter (default): a's own reports, the partner's mirror where missing; partner: the mirror first */
                basis?: "reporter" | "partner";
                /** @description Response format; overrides the Accept header (`Accept: text/csv` or `application/x-ndjson` work too). CSV (RFC 4180) and NDJSON are flat: one row per figure, provenance as columns, as a download. Numbers are never rounded in JSON or NDJSON; CSV rounds percentages and ratios (…Pct, …Ratio) to 6 decimals, never money */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /** @description First country: ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                a: string;
                /** @description Partner country: ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                b: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pair's yearly series from one source */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reporter": {
                     *         "iso3": "KAZ",
                     *         "iso2": "KZ",
                     *         "m49": 398,
                     *         "name": "Kazakhstan"
                     *       },
                     *       "partner": {
                     *         "iso3": "UZB",
                     *         "iso2": "UZ",
                     *         "m49": 860,
                     *         "name": "Uzbekistan"
                     *       },
                     *       "commodity": {
                     *         "code": "TOTAL",
                     *         "level": 0,
                     *         "name": "All goods"
                     *       },
                     *       "unit": "USD",
                     *       "source": "seed-article",
                     *       "basis": "reporter",
                     *       "data": [
                     *         {
                     *           "year": 2017,
                     *           "exports": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false,
                     *             "reported": null,
                     *             "mirror": null
                     *           },
                     *           "imports": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false,
                     *             "reported": null,
                     *             "mirror": null
                     *           },
                     *           "total": {
                     *             "value": 3875968992.25,
                     *             "basis": "turnover",
                     *             "estimated": true,
                     *             "source": "seed-article",
                     *             "derived": false
                     *           },
                     *           "balance": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "totalYoyPct": null
                     *         },
                     *         {
                     *           "year": 2018,
                     *           "exports": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false,
                     *             "reported": null,
                     *             "mirror": null
                     *           },
                     *           "imports": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false,
                     *             "reported": null,
                     *             "mirror": null
                     *           },
                     *           "total": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "balance": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "totalYoyPct": null
                     *         },
                     *         {
                     *           "year": 2019,
                     *           "exports": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false,
                     *             "reported": null,
                     *             "mirror": null
                     *           },
                     *           "imports": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false,
                     *             "reported": null,
                     *             "mirror": null
                     *           },
                     *           "total": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "balance": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "totalYoyPct": null
                     *         },
                     *         {
                     *           "year": 2020,
                     *           "exports": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false,
                     *             "reported": null,
                     *             "mirror": null
                     *           },
                     *           "imports": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false,
                     *             "reported": null,
                     *             "mirror": null
                     *           },
                     *           "total": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "balance": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "totalYoyPct": null
                     *         },
                     *         {
                     *           "year": 2021,
                     *           "exports": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false,
                     *             "reported": null,
                     *             "mirror": null
                     *           },
                     *           "imports": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false,
                     *             "reported": null,
                     *             "mirror": null
                     *           },
                     *           "total": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "balance": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "totalYoyPct": null
                     *         },
                     *         {
                     *           "year": 2022,
                     *           "exports": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false,
                     *             "reported": null,
                     *             "mirror": null
                     *           },
                     *           "imports": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false,
                     *             "reported": null,
                     *             "mirror": null
                     *           },
                     *           "total": {
                     *             "value": 5000000000,
                     *             "basis": "turnover",
                     *             "estimated": false,
                     *             "source": "seed-article",
                     *             "derived": false
                     *           },
                     *           "balance": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "totalYoyPct": null
                     *         }
                     *       ],
                     *       "coverage": {
                     *         "reporter": [
                     *           2017,
                     *           2022
                     *         ],
                     *         "partner": []
                     *       },
                     *       "notes": [
                     *         "seed-article has no data for KAZ-UZB in 2018-2021: figures there are null; seed-article covers 2017, 2022"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Bilateral"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any code or id this API takes */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "detail": "a: longer than any code or id this API takes (64 characters)",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBilateralGrowth: {
        parameters: {
            query?: {
                /** @description First year (inclusive); default: the answer's source's first year */
                from?: number;
                /** @description Last year (inclusive); default: the answer's source's last year */
                to?: number;
                /** @description One source per answer: without `source`, an answer uses the one source with the most values in the years asked (ties: the higher priority: imf-dots, then imf-imts, then un-comtrade, then any other source, and seed-article last); growth uses the highest-priority source with a value at both ends; a default year is the latest year of the chosen source. `source=<id>` pins a source; `source=any` takes the best figure per year from any source, in that priority, each figure naming its own, and a note says they mix. */
                source?: string;
                /** @description TOTAL (all goods; the default) or an HS code of 2, 4 or 6 digits (GET /v1/commodities lists them) */
                commodity?: string;
                /** @description reporter (default): a's own reports, the partner's mirror where missing; partner: the mirror first */
                basis?: "reporter" | "partner";
                /** @description Response format; overrides the Accept header (`Accept: text/csv` or `application/x-ndjson` work too). CSV (RFC 4180) and NDJSON are flat: one row per figure, provenance as columns, as a download. Numbers are never rounded in JSON or NDJSON; CSV rounds percentages and ratios (…Pct, …Ratio) to 6 decimals, never money */
                format?: "json" | "csv" | "ndjson";
                /** @description Which series grows: total (default), exports or imports */
                measure?: "total" | "exports" | "imports";
            };
            header?: never;
            path: {
                /** @description First country: ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                a: string;
                /** @description Partner country: ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                b: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Growth of the measure over the span, from one source */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reporter": {
                     *         "iso3": "KAZ",
                     *         "iso2": "KZ",
                     *         "m49": 398,
                     *         "name": "Kazakhstan"
                     *       },
                     *       "partner": {
                     *         "iso3": "UZB",
                     *         "iso2": "UZ",
                     *         "m49": 860,
                     *         "name": "Uzbekistan"
                     *       },
                     *       "commodity": {
                     *         "code": "TOTAL",
                     *         "level": 0,
                     *         "name": "All goods"
                     *       },
                     *       "unit": "USD",
                     *       "source": "seed-article",
                     *       "measure": "total",
                     *       "start": {
                     *         "year": 2017,
                     *         "value": 3875968992.25
                     *       },
                     *       "end": {
                     *         "year": 2022,
                     *         "value": 5000000000
                     *       },
                     *       "change": 1124031007.75,
                     *       "changePct": 28.9999999999355,
                     *       "cagrPct": 5.224759561788761,
                     *       "yoy": [
                     *         {
                     *           "year": 2017,
                     *           "value": 3875968992.25,
                     *           "pct": null
                     *         },
                     *         {
                     *           "year": 2018,
                     *           "value": null,
                     *           "pct": null
                     *         },
                     *         {
                     *           "year": 2019,
                     *           "value": null,
                     *           "pct": null
                     *         },
                     *         {
                     *           "year": 2020,
                     *           "value": null,
                     *           "pct": null
                     *         },
                     *         {
                     *           "year": 2021,
                     *           "value": null,
                     *           "pct": null
                     *         },
                     *         {
                     *           "year": 2022,
                     *           "value": 5000000000,
                     *           "pct": null
                     *         }
                     *       ],
                     *       "coverage": {
                     *         "reporter": [
                     *           2017,
                     *           2022
                     *         ],
                     *         "partner": []
                     *       },
                     *       "notes": []
                     *     }
                     */
                    "application/json": components["schemas"]["Growth"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any code or id this API takes */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "detail": "a: longer than any code or id this API takes (64 characters)",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBilateralMirror: {
        parameters: {
            query?: {
                /** @description One year (instead of from/to) */
                year?: number;
                /** @description First year (inclusive); default: the answer's source's first year */
                from?: number;
                /** @description Last year (inclusive); default: the answer's source's last year */
                to?: number;
                /** @description One source per answer: without `source`, an answer uses the one source with the most values in the years asked (ties: the higher priority: imf-dots, then imf-imts, then un-comtrade, then any other source, and seed-article last); growth uses the highest-priority source with a value at both ends; a default year is the latest year of the chosen source. `source=<id>` pins a source; `source=any` takes the best figure per year from any source, in that priority, each figure naming its own, and a note says they mix. */
                source?: string;
                /** @description TOTAL (all goods; the default) or an HS code of 2, 4 or 6 digits (GET /v1/commodities lists them) */
                commodity?: string;
                /** @description reporter (default): a's own reports, the partner's mirror where missing; partner: the mirror first */
                basis?: "reporter" | "partner";
                /** @description Response format; overrides the Accept header (`Accept: text/csv` or `application/x-ndjson` work too). CSV (RFC 4180) and NDJSON are flat: one row per figure, provenance as columns, as a download. Numbers are never rounded in JSON or NDJSON; CSV rounds percentages and ratios (…Pct, …Ratio) to 6 decimals, never money */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /** @description First country: ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                a: string;
                /** @description Partner country: ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                b: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Both sides' reports per year and direction, from one source */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reporter": {
                     *         "iso3": "KAZ",
                     *         "iso2": "KZ",
                     *         "m49": 398,
                     *         "name": "Kazakhstan"
                     *       },
                     *       "partner": {
                     *         "iso3": "UZB",
                     *         "iso2": "UZ",
                     *         "m49": 860,
                     *         "name": "Uzbekistan"
                     *       },
                     *       "commodity": {
                     *         "code": "TOTAL",
                     *         "level": 0,
                     *         "name": "All goods"
                     *       },
                     *       "unit": "USD",
                     *       "source": "seed-article",
                     *       "data": [
                     *         {
                     *           "year": 2017,
                     *           "flow": "export",
                     *           "reported": null,
                     *           "mirror": null,
                     *           "gap": null,
                     *           "gapPct": null,
                     *           "cifFobRatio": null
                     *         },
                     *         {
                     *           "year": 2017,
                     *           "flow": "import",
                     *           "reported": null,
                     *           "mirror": null,
                     *           "gap": null,
                     *           "gapPct": null,
                     *           "cifFobRatio": null
                     *         },
                     *         {
                     *           "year": 2018,
                     *           "flow": "export",
                     *           "reported": null,
                     *           "mirror": null,
                     *           "gap": null,
                     *           "gapPct": null,
                     *           "cifFobRatio": null
                     *         },
                     *         {
                     *           "year": 2018,
                     *           "flow": "import",
                     *           "reported": null,
                     *           "mirror": null,
                     *           "gap": null,
                     *           "gapPct": null,
                     *           "cifFobRatio": null
                     *         },
                     *         {
                     *           "year": 2019,
                     *           "flow": "export",
                     *           "reported": null,
                     *           "mirror": null,
                     *           "gap": null,
                     *           "gapPct": null,
                     *           "cifFobRatio": null
                     *         },
                     *         {
                     *           "year": 2019,
                     *           "flow": "import",
                     *           "reported": null,
                     *           "mirror": null,
                     *           "gap": null,
                     *           "gapPct": null,
                     *           "cifFobRatio": null
                     *         },
                     *         {
                     *           "year": 2020,
                     *           "flow": "export",
                     *           "reported": null,
                     *           "mirror": null,
                     *           "gap": null,
                     *           "gapPct": null,
                     *           "cifFobRatio": null
                     *         },
                     *         {
                     *           "year": 2020,
                     *           "flow": "import",
                     *           "reported": null,
                     *           "mirror": null,
                     *           "gap": null,
                     *           "gapPct": null,
                     *           "cifFobRatio": null
                     *         },
                     *         {
                     *           "year": 2021,
                     *           "flow": "export",
                     *           "reported": null,
                     *           "mirror": null,
                     *           "gap": null,
                     *           "gapPct": null,
                     *           "cifFobRatio": null
                     *         },
                     *         {
                     *           "year": 2021,
                     *           "flow": "import",
                     *           "reported": null,
                     *           "mirror": null,
                     *           "gap": null,
                     *           "gapPct": null,
                     *           "cifFobRatio": null
                     *         },
                     *         {
                     *           "year": 2022,
                     *           "flow": "export",
                     *           "reported": null,
                     *           "mirror": null,
                     *           "gap": null,
                     *           "gapPct": null,
                     *           "cifFobRatio": null
                     *         },
                     *         {
                     *           "year": 2022,
                     *           "flow": "import",
                     *           "reported": null,
                     *           "mirror": null,
                     *           "gap": null,
                     *           "gapPct": null,
                     *           "cifFobRatio": null
                     *         }
                     *       ],
                     *       "coverage": {
                     *         "reporter": [
                     *           2017,
                     *           2022
                     *         ],
                     *         "partner": []
                     *       },
                     *       "notes": [
                     *         "seed-article has no data for KAZ-UZB in 2018-2021: figures there are null; seed-article covers 2017, 2022",
                     *         "seed-article has no exports or imports for KAZ-UZB in these years, only reported totals (turnover), which have no mirror"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Mirror"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any code or id this API takes */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "detail": "a: longer than any code or id this API takes (64 characters)",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBilateralProducts: {
        parameters: {
            query?: {
                /** @description The year (instead of from/to); default: the latest year of the chosen source */
                year?: number;
                /** @description First year of a range: one ranking per year in `years` (at most 30 years) */
                from?: number;
                /** @description Last year of a range */
                to?: number;
                /** @description export (default): a's exports to b; import: a's imports from b; total: both */
                flow?: "export" | "import" | "total";
                /** @description 2 (default) chapters, 4 headings, 6 subheadings */
                level?: "2" | "4" | "6";
                /** @description Only the goods under this HS code (e.g. 27 for the headings of chapter 27); default: all goods */
                parent?: string;
                /** @description Only these goods in `data`: one, or a comma list of up to 50; HS codes at `level` (e.g. 2709,2710 with level=4); ranks, shares and `total` stay those among every product, and `rest` holds the others */
                commodity?: string;
                /** @description Rows per page, 1 to 1000 (default 20). Larger requests are refused with 400, never silently capped. */
                limit?: number;
                /** @description One source per answer: without `source`, an answer uses the one source with the most values in the years asked (ties: the higher priority: imf-dots, then imf-imts, then un-comtrade, then any other source, and seed-article last); growth uses the highest-priority source with a value at both ends; a default year is the latest year of the chosen source. `source=<id>` pins a source; `source=any` takes the best figure per year from any source, in that priority, each figure naming its own, and a note says they mix. */
                source?: string;
                /** @description reporter (default): a's own reports, the partner's mirror where missing; partner: the mirror first */
                basis?: "reporter" | "partner";
                /** @description Response format; overrides the Accept header (`Accept: text/csv` or `application/x-ndjson` work too). CSV (RFC 4180) and NDJSON are flat: one row per figure, provenance as columns, as a download. Numbers are never rounded in JSON or NDJSON; CSV rounds percentages and ratios (…Pct, …Ratio) to 6 decimals, never money */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /** @description First country: ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                a: string;
                /** @description Partner country: ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                b: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pair's goods, ranked, from one source */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reporter": {
                     *         "iso3": "KAZ",
                     *         "iso2": "KZ",
                     *         "m49": 398,
                     *         "name": "Kazakhstan"
                     *       },
                     *       "partner": {
                     *         "iso3": "UZB",
                     *         "iso2": "UZ",
                     *         "m49": 860,
                     *         "name": "Uzbekistan"
                     *       },
                     *       "flow": "export",
                     *       "level": 2,
                     *       "parent": {
                     *         "code": "TOTAL",
                     *         "level": 0,
                     *         "name": "All goods"
                     *       },
                     *       "unit": "USD",
                     *       "source": null,
                     *       "year": null,
                     *       "total": {
                     *         "value": null,
                     *         "basis": null,
                     *         "estimated": false,
                     *         "source": null,
                     *         "derived": false
                     *       },
                     *       "parentFigure": {
                     *         "value": null,
                     *         "basis": null,
                     *         "estimated": false,
                     *         "source": null,
                     *         "derived": false
                     *       },
                     *       "data": [],
                     *       "rest": {
                     *         "value": 0,
                     *         "basis": null,
                     *         "estimated": false,
                     *         "source": null,
                     *         "derived": false,
                     *         "sharePct": null
                     *       },
                     *       "years": [
                     *         {
                     *           "year": null,
                     *           "total": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "parentFigure": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "data": [],
                     *           "rest": {
                     *             "value": 0,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false,
                     *             "sharePct": null
                     *           }
                     *         }
                     *       ],
                     *       "notes": [
                     *         "no figures for HS chapters (2 digits) for KAZ and UZB in any source; there are figures for all goods (TOTAL): ask for another level with level=, or for all goods with GET /v1/bilateral/KAZ/UZB"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PairProducts"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any code or id this API takes */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "detail": "a: longer than any code or id this API takes (64 characters)",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountryPartners: {
        parameters: {
            query?: {
                /** @description The year (instead of from/to); default: the latest year of the source with the most partners in its latest year */
                year?: number;
                /** @description First year of a range: one ranking per year in `years` (at most 30 years); default: the source's first year */
                from?: number;
                /** @description Last year of a range; default: the source's last year */
                to?: number;
                measure?: "total" | "exports" | "imports";
                /** @description A group id the country belongs to (central-asia, eaeu, ...): partners and shares within its other members; or world-reported: every partner, shares of the country's own reported total with the World (partner WLD) instead of the sum of its partners */
                within?: string;
                /** @description Rows per page, 1 to 300 (default 20). Larger requests are refused with 400, never silently capped. */
                limit?: number;
                /** @description One source per answer: without `source`, an answer uses the one source with the most values in the years asked (ties: the higher priority: imf-dots, then imf-imts, then un-comtrade, then any other source, and seed-article last); growth uses the highest-priority source with a value at both ends; a default year is the latest year of the chosen source. `source=<id>` pins a source; `source=any` takes the best figure per year from any source, in that priority, each figure naming its own, and a note says they mix. */
                source?: string;
                /** @description TOTAL (all goods; the default) or an HS code of 2, 4 or 6 digits (GET /v1/commodities lists them) */
                commodity?: string;
                /** @description reporter (default): a's own reports, the partner's mirror where missing; partner: the mirror first */
                basis?: "reporter" | "partner";
                /** @description Response format; overrides the Accept header (`Accept: text/csv` or `application/x-ndjson` work too). CSV (RFC 4180) and NDJSON are flat: one row per figure, provenance as columns, as a download. Numbers are never rounded in JSON or NDJSON; CSV rounds percentages and ratios (…Pct, …Ratio) to 6 decimals, never money */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /** @description The country: ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ranking, with shares and the rest */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reporter": {
                     *         "iso3": "KAZ",
                     *         "iso2": "KZ",
                     *         "m49": 398,
                     *         "name": "Kazakhstan"
                     *       },
                     *       "commodity": {
                     *         "code": "TOTAL",
                     *         "level": 0,
                     *         "name": "All goods"
                     *       },
                     *       "year": 2022,
                     *       "measure": "total",
                     *       "within": "central-asia",
                     *       "unit": "USD",
                     *       "source": "seed-article",
                     *       "total": {
                     *         "value": 5000000000,
                     *         "basis": "turnover",
                     *         "estimated": false,
                     *         "source": "seed-article",
                     *         "derived": false
                     *       },
                     *       "data": [
                     *         {
                     *           "rank": 1,
                     *           "partner": {
                     *             "iso3": "UZB",
                     *             "iso2": "UZ",
                     *             "m49": 860,
                     *             "name": "Uzbekistan"
                     *           },
                     *           "value": 5000000000,
                     *           "sharePct": 100,
                     *           "basis": "turnover",
                     *           "estimated": false,
                     *           "source": "seed-article",
                     *           "derived": false
                     *         }
                     *       ],
                     *       "rest": {
                     *         "value": 0,
                     *         "basis": null,
                     *         "estimated": false,
                     *         "source": null,
                     *         "derived": false,
                     *         "sharePct": 0
                     *       },
                     *       "years": [
                     *         {
                     *           "year": 2022,
                     *           "total": {
                     *             "value": 5000000000,
                     *             "basis": "turnover",
                     *             "estimated": false,
                     *             "source": "seed-article",
                     *             "derived": false
                     *           },
                     *           "data": [
                     *             {
                     *               "rank": 1,
                     *               "partner": {
                     *                 "iso3": "UZB",
                     *                 "iso2": "UZ",
                     *                 "m49": 860,
                     *                 "name": "Uzbekistan"
                     *               },
                     *               "value": 5000000000,
                     *               "sharePct": 100,
                     *               "basis": "turnover",
                     *               "estimated": false,
                     *               "source": "seed-article",
                     *               "derived": false
                     *             }
                     *           ],
                     *           "rest": {
                     *             "value": 0,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false,
                     *             "sharePct": 0
                     *           }
                     *         }
                     *       ],
                     *       "notes": []
                     *     }
                     */
                    "application/json": components["schemas"]["Partners"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any code or id this API takes */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "detail": "a: longer than any code or id this API takes (64 characters)",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountryProducts: {
        parameters: {
            query?: {
                /** @description The year (instead of from/to); default: the latest year of the chosen source */
                year?: number;
                /** @description First year of a range: one ranking per year in `years` (at most 30 years) */
                from?: number;
                /** @description Last year of a range */
                to?: number;
                /** @description export (default): a's exports to b; import: a's imports from b; total: both */
                flow?: "export" | "import" | "total";
                /** @description 2 (default) chapters, 4 headings, 6 subheadings */
                level?: "2" | "4" | "6";
                /** @description Only the goods under this HS code (e.g. 27 for the headings of chapter 27); default: all goods */
                parent?: string;
                /** @description Only these goods in `data`: one, or a comma list of up to 50; HS codes at `level` (e.g. 2709,2710 with level=4); ranks, shares and `total` stay those among every product, and `rest` holds the others */
                commodity?: string;
                /** @description Rows per page, 1 to 1000 (default 20). Larger requests are refused with 400, never silently capped. */
                limit?: number;
                /** @description One source per answer: without `source`, an answer uses the one source with the most values in the years asked (ties: the higher priority: imf-dots, then imf-imts, then un-comtrade, then any other source, and seed-article last); growth uses the highest-priority source with a value at both ends; a default year is the latest year of the chosen source. `source=<id>` pins a source; `source=any` takes the best figure per year from any source, in that priority, each figure naming its own, and a note says they mix. */
                source?: string;
                /** @description reporter (default): a's own reports, the partner's mirror where missing; partner: the mirror first */
                basis?: "reporter" | "partner";
                /** @description Response format; overrides the Accept header (`Accept: text/csv` or `application/x-ndjson` work too). CSV (RFC 4180) and NDJSON are flat: one row per figure, provenance as columns, as a download. Numbers are never rounded in JSON or NDJSON; CSV rounds percentages and ratios (…Pct, …Ratio) to 6 decimals, never money */
                format?: "json" | "csv" | "ndjson";
                /** @description A group id (central-asia, eaeu, ...): only trade with the group's other members that year; default: every partner (the World) */
                within?: string;
                /** @description Only trade with these partners (instead of within): one, or a comma list of up to 50; ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                partner?: string;
            };
            header?: never;
            path: {
                /** @description The country: ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The country's goods, ranked, from one source */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reporter": {
                     *         "iso3": "KAZ",
                     *         "iso2": "KZ",
                     *         "m49": 398,
                     *         "name": "Kazakhstan"
                     *       },
                     *       "flow": "export",
                     *       "level": 2,
                     *       "parent": {
                     *         "code": "TOTAL",
                     *         "level": 0,
                     *         "name": "All goods"
                     *       },
                     *       "within": null,
                     *       "unit": "USD",
                     *       "source": null,
                     *       "year": null,
                     *       "total": {
                     *         "value": null,
                     *         "basis": null,
                     *         "estimated": false,
                     *         "source": null,
                     *         "derived": false
                     *       },
                     *       "parentFigure": {
                     *         "value": null,
                     *         "basis": null,
                     *         "estimated": false,
                     *         "source": null,
                     *         "derived": false
                     *       },
                     *       "data": [],
                     *       "rest": {
                     *         "value": 0,
                     *         "basis": null,
                     *         "estimated": false,
                     *         "source": null,
                     *         "derived": false,
                     *         "sharePct": null
                     *       },
                     *       "years": [
                     *         {
                     *           "year": null,
                     *           "total": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "parentFigure": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "data": [],
                     *           "rest": {
                     *             "value": 0,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false,
                     *             "sharePct": null
                     *           }
                     *         }
                     *       ],
                     *       "notes": [
                     *         "no figures for HS chapters (2 digits) for KAZ in any source; there are figures for all goods (TOTAL): ask for another level with level=, or for all goods with GET /v1/countries/KAZ/partners"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CountryProducts"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any code or id this API takes */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "detail": "a: longer than any code or id this API takes (64 characters)",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGroupTrade: {
        parameters: {
            query?: {
                /** @description One year; default (no year, from or to): the latest year of the chosen source */
                year?: number;
                /** @description First year (inclusive); default: the chosen source's first year */
                from?: number;
                /** @description Last year (inclusive); default: the chosen source's last year */
                to?: number;
                /** @description One source per answer: without `source`, an answer uses the one source with the most values in the years asked (ties: the higher priority: imf-dots, then imf-imts, then un-comtrade, then any other source, and seed-article last); growth uses the highest-priority source with a value at both ends; a default year is the latest year of the chosen source. `source=<id>` pins a source; `source=any` takes the best figure per year from any source, in that priority, each figure naming its own, and a note says they mix. */
                source?: string;
                /** @description TOTAL (all goods; the default) or an HS code of 2, 4 or 6 digits (GET /v1/commodities lists them) */
                commodity?: string;
                /** @description Response format; overrides the Accept header (`Accept: text/csv` or `application/x-ndjson` work too). CSV (RFC 4180) and NDJSON are flat: one row per figure, provenance as columns, as a download. Numbers are never rounded in JSON or NDJSON; CSV rounds percentages and ratios (…Pct, …Ratio) to 6 decimals, never money */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /** @description Group id, as listed by GET /v1/groups */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group's trade, one object per year */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "group": "central-asia",
                     *       "commodity": {
                     *         "code": "TOTAL",
                     *         "level": 0,
                     *         "name": "All goods"
                     *       },
                     *       "unit": "USD",
                     *       "source": "seed-article",
                     *       "data": [
                     *         {
                     *           "group": "central-asia",
                     *           "year": 2022,
                     *           "unit": "USD",
                     *           "members": [
                     *             {
                     *               "iso3": "KAZ",
                     *               "iso2": "KZ",
                     *               "m49": 398,
                     *               "name": "Kazakhstan"
                     *             },
                     *             {
                     *               "iso3": "KGZ",
                     *               "iso2": "KG",
                     *               "m49": 417,
                     *               "name": "Kyrgyzstan"
                     *             },
                     *             {
                     *               "iso3": "TJK",
                     *               "iso2": "TJ",
                     *               "m49": 762,
                     *               "name": "Tajikistan"
                     *             },
                     *             {
                     *               "iso3": "TKM",
                     *               "iso2": "TM",
                     *               "m49": 795,
                     *               "name": "Turkmenistan"
                     *             },
                     *             {
                     *               "iso3": "UZB",
                     *               "iso2": "UZ",
                     *               "m49": 860,
                     *               "name": "Uzbekistan"
                     *             }
                     *           ],
                     *           "intra": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "extra": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "total": {
                     *             "value": null,
                     *             "basis": null,
                     *             "estimated": false,
                     *             "source": null,
                     *             "derived": false
                     *           },
                     *           "intraSharePct": null,
                     *           "matrix": [
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "KAZ",
                     *                 "iso2": "KZ",
                     *                 "m49": 398,
                     *                 "name": "Kazakhstan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "KGZ",
                     *                 "iso2": "KG",
                     *                 "m49": 417,
                     *                 "name": "Kyrgyzstan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "KAZ",
                     *                 "iso2": "KZ",
                     *                 "m49": 398,
                     *                 "name": "Kazakhstan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "TJK",
                     *                 "iso2": "TJ",
                     *                 "m49": 762,
                     *                 "name": "Tajikistan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "KAZ",
                     *                 "iso2": "KZ",
                     *                 "m49": 398,
                     *                 "name": "Kazakhstan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "TKM",
                     *                 "iso2": "TM",
                     *                 "m49": 795,
                     *                 "name": "Turkmenistan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "KAZ",
                     *                 "iso2": "KZ",
                     *                 "m49": 398,
                     *                 "name": "Kazakhstan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "UZB",
                     *                 "iso2": "UZ",
                     *                 "m49": 860,
                     *                 "name": "Uzbekistan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "KGZ",
                     *                 "iso2": "KG",
                     *                 "m49": 417,
                     *                 "name": "Kyrgyzstan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "KAZ",
                     *                 "iso2": "KZ",
                     *                 "m49": 398,
                     *                 "name": "Kazakhstan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "KGZ",
                     *                 "iso2": "KG",
                     *                 "m49": 417,
                     *                 "name": "Kyrgyzstan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "TJK",
                     *                 "iso2": "TJ",
                     *                 "m49": 762,
                     *                 "name": "Tajikistan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "KGZ",
                     *                 "iso2": "KG",
                     *                 "m49": 417,
                     *                 "name": "Kyrgyzstan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "TKM",
                     *                 "iso2": "TM",
                     *                 "m49": 795,
                     *                 "name": "Turkmenistan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "KGZ",
                     *                 "iso2": "KG",
                     *                 "m49": 417,
                     *                 "name": "Kyrgyzstan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "UZB",
                     *                 "iso2": "UZ",
                     *                 "m49": 860,
                     *                 "name": "Uzbekistan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "TJK",
                     *                 "iso2": "TJ",
                     *                 "m49": 762,
                     *                 "name": "Tajikistan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "KAZ",
                     *                 "iso2": "KZ",
                     *                 "m49": 398,
                     *                 "name": "Kazakhstan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "TJK",
                     *                 "iso2": "TJ",
                     *                 "m49": 762,
                     *                 "name": "Tajikistan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "KGZ",
                     *                 "iso2": "KG",
                     *                 "m49": 417,
                     *                 "name": "Kyrgyzstan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "TJK",
                     *                 "iso2": "TJ",
                     *                 "m49": 762,
                     *                 "name": "Tajikistan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "TKM",
                     *                 "iso2": "TM",
                     *                 "m49": 795,
                     *                 "name": "Turkmenistan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "TJK",
                     *                 "iso2": "TJ",
                     *                 "m49": 762,
                     *                 "name": "Tajikistan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "UZB",
                     *                 "iso2": "UZ",
                     *                 "m49": 860,
                     *                 "name": "Uzbekistan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "TKM",
                     *                 "iso2": "TM",
                     *                 "m49": 795,
                     *                 "name": "Turkmenistan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "KAZ",
                     *                 "iso2": "KZ",
                     *                 "m49": 398,
                     *                 "name": "Kazakhstan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "TKM",
                     *                 "iso2": "TM",
                     *                 "m49": 795,
                     *                 "name": "Turkmenistan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "KGZ",
                     *                 "iso2": "KG",
                     *                 "m49": 417,
                     *                 "name": "Kyrgyzstan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "TKM",
                     *                 "iso2": "TM",
                     *                 "m49": 795,
                     *                 "name": "Turkmenistan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "TJK",
                     *                 "iso2": "TJ",
                     *                 "m49": 762,
                     *                 "name": "Tajikistan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "TKM",
                     *                 "iso2": "TM",
                     *                 "m49": 795,
                     *                 "name": "Turkmenistan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "UZB",
                     *                 "iso2": "UZ",
                     *                 "m49": 860,
                     *                 "name": "Uzbekistan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "UZB",
                     *                 "iso2": "UZ",
                     *                 "m49": 860,
                     *                 "name": "Uzbekistan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "KAZ",
                     *                 "iso2": "KZ",
                     *                 "m49": 398,
                     *                 "name": "Kazakhstan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "UZB",
                     *                 "iso2": "UZ",
                     *                 "m49": 860,
                     *                 "name": "Uzbekistan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "KGZ",
                     *                 "iso2": "KG",
                     *                 "m49": 417,
                     *                 "name": "Kyrgyzstan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "UZB",
                     *                 "iso2": "UZ",
                     *                 "m49": 860,
                     *                 "name": "Uzbekistan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "TJK",
                     *                 "iso2": "TJ",
                     *                 "m49": 762,
                     *                 "name": "Tajikistan"
                     *               }
                     *             },
                     *             {
                     *               "value": null,
                     *               "basis": null,
                     *               "estimated": false,
                     *               "source": null,
                     *               "derived": false,
                     *               "reporter": {
                     *                 "iso3": "UZB",
                     *                 "iso2": "UZ",
                     *                 "m49": 860,
                     *                 "name": "Uzbekistan"
                     *               },
                     *               "partner": {
                     *                 "iso3": "TKM",
                     *                 "iso2": "TM",
                     *                 "m49": 795,
                     *                 "name": "Turkmenistan"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "notes": [
                     *         "no export or import figures of the members in 2022 (only reported totals, which cannot be split by direction): figures there are null"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GroupTrade"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameter: the body says which one and how to fix it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "from: must be a year (a whole number between 1900 and 2100), e.g. 2022; bogus: unknown parameter; this endpoint takes year, from, to, source, basis",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "from",
                     *           "message": "must be a year (a whole number between 1900 and 2100), e.g. 2022"
                     *         },
                     *         {
                     *           "in": "query",
                     *           "name": "bogus",
                     *           "message": "unknown parameter; this endpoint takes year, from, to, source, basis"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: the body names what was not found and close matches */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unknown-country",
                     *       "title": "Unknown country code",
                     *       "status": 404,
                     *       "detail": "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "a",
                     *           "message": "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q="
                     *         }
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "iso3": "KAZ",
                     *           "iso2": "KZ",
                     *           "m49": 398,
                     *           "name": "Kazakhstan"
                     *         },
                     *         {
                     *           "iso3": "AZE",
                     *           "iso2": "AZ",
                     *           "m49": 31,
                     *           "name": "Azerbaijan"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept is one this route answers in */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43",
                     *       "errors": [
                     *         {
                     *           "in": "header",
                     *           "name": "Accept",
                     *           "message": "must admit application/json, text/csv or application/x-ndjson"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any code or id this API takes */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "URI Too Long",
                     *       "status": 414,
                     *       "detail": "a: longer than any code or id this API takes (64 characters)",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key or address: wait for Retry-After seconds */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (details are logged, never returned) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded right now; try again in 5 s.",
                     *       "instance": "urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
