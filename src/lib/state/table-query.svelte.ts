// How a person looks at one answer table: the sort and the filter. One per table kind (endpoint
// and items field), kept while new answers of it come, so a sorted, filtered view stays put
// across sends. The rows themselves are derived from it (lib/response/table.ts shownRows).
import type { TableFilter, TableSort } from '../response/table';
import { nextSort } from '../response/table';

/** The sort and filter of one answer table. */
export class TableQuery {
  sort = $state.raw<TableSort | null>(null);
  text = $state('');
  /** Column index → the facet value kept; a column not named keeps all. */
  facets = $state.raw<Record<number, string>>({});

  /** The filter as the table model reads it. */
  filter = $derived<TableFilter>({ text: this.text, facets: this.facets });

  /** A click on a column's header: ascending first, then descending. */
  sortBy(column: number): void {
    this.sort = nextSort(this.sort, column);
  }

  /** Keeps one value of a facet column, or all of them (null). */
  setFacet(column: number, value: string | null): void {
    const next = { ...this.facets };
    if (value === null) delete next[column];
    else next[column] = value;
    this.facets = next;
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
