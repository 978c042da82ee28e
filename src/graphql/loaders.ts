import DataLoader from 'dataloader';

/**
 * DataLoaders for one request, created on first use. A loader's name includes the arguments
 * that shape its query, so every distinct field selection costs one batched query per level
 * of the result tree, however many parents it resolves for.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  /** The loader called `name`, created with `batch` the first time it is asked for. */
  get<V>(name: string, batch: (keys: readonly string[]) => Promise<Map<string, V>>, fallback: V): DataLoader<string, V> {
    let loader = this.loaders.get(name) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(async (keys) => {
        const found = await batch(keys);
        return keys.map((k) => (found.has(k) ? found.get(k)! : fallback));
      });
      this.loaders.set(name, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}
