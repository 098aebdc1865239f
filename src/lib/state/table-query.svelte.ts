// How a person looks at one answer table: the sort and the filter. One per table kind (endpoint
// and items field), kept while new answers of it come, so a sorted, filtered view stays put
// across sends. Columns are kept by id (a sort: it survives a language switch) or header (a
// facet, whose values are the cells' words in the page's language), not by position: a column shown only when some item
// carries its field (get_list's marks with AssistFlags 63) comes and goes between answers, and
// moves the ones after it. The rows themselves are derived (lib/response/table.ts shownRows).
import type { ItemTable, TableFilter, TableSort } from '../response/table';
import { nextSort } from '../response/table';

/** The id that stands for "#", the answer's own order. */
const ANSWER_ORDER = '#';

/** The sort and filter of one answer table. */
export class TableQuery {
  /** By column id (TableColumn.id); "#" is the answer's order. */
  sort = $state.raw<TableSort<string> | null>(null);
  text = $state('');
  /** Column header → the facet value kept; a column not named keeps all. */
  facets = $state.raw<Record<string, string>>({});

  /** A click on a column's header, by the column's id ("#" for the answer's order): ascending first, then descending. */
  sortBy(id: string): void {
    this.sort = nextSort(this.sort, id);
  }

  /** Keeps one value of a facet column, or all of them (null). */
  setFacet(header: string, value: string | null): void {
    const next = { ...this.facets };
    if (value === null) delete next[header];
    else next[header] = value;
    this.facets = next;
  }

  /** The sort as `table` reads it (by column index); none when the table lacks the column. */
  sortIn(table: ItemTable): TableSort | null {
    const s = this.sort;
    if (!s) return null;
    const column =
      s.column === ANSWER_ORDER ? -1 : table.columns.findIndex((c) => c.id === s.column);
    return column === -1 && s.column !== ANSWER_ORDER ? null : { column, direction: s.direction };
  }

  /** The filter as `table` reads it; a facet of a column the table lacks keeps every row. */
  filterIn(table: ItemTable): TableFilter {
    const facets: Record<number, string> = {};
    table.columns.forEach((c, i) => {
      const v = c.facet && Object.hasOwn(this.facets, c.header) ? this.facets[c.header] : undefined;
      if (v !== undefined) facets[i] = v;
    });
    return { text: this.text, facets };
  }

  /** Whether anything hides rows. */
  get filtering(): boolean {
    return this.text.trim() !== '' || Object.keys(this.facets).length > 0;
  }
}

/** The queries of the answer tables, by endpoint and items field. */
export class TableQueries {
  // Where the queries are kept, not state: each query's fields are.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #byKey = new Map<string, TableQuery>();

  /** The query of one table kind, made on first use. */
  of(endpointId: string, itemsField: string): TableQuery {
    const key = `${endpointId}\n${itemsField}`;
    let q = this.#byKey.get(key);
    if (!q) this.#byKey.set(key, (q = new TableQuery()));
    return q;
  }
}
