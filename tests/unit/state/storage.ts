// A Storage in memory, standing in for localStorage and sessionStorage; `refuse` makes it throw
// as a full quota or a privacy setting does.
export function memoryStorage(init: Record<string, string> = {}): Storage & {
  data: Map<string, string>;
  refuse: boolean;
} {
  const data = new Map(Object.entries(init));
  const s = {
    data,
    refuse: false,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k: string) => {
      if (s.refuse) throw new DOMException('refused', 'SecurityError');
      return data.get(k) ?? null;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    removeItem: (k: string) => void data.delete(k),
    setItem: (k: string, v: string) => {
      if (s.refuse) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
  };
  return s;
}
