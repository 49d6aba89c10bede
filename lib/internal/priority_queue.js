'use strict';
// A binary min-heap; items may record their position so they can be removed in O(log n).

module.exports = class PriorityQueue {
  #compare;
  #setPosition;
  #heap = [undefined]; // 1-based
  #size = 0;

  constructor(compare, setPosition) {
    this.#compare = compare;
    this.#setPosition = setPosition;
  }

  get size() {
    return this.#size;
  }

  peek() {
    return this.#heap[1];
  }

  insert(value) {
    const pos = ++this.#size;
    this.#heap[pos] = value;
    this.percolateUp(pos);
  }

  percolateDown(pos) {
    const heap = this.#heap;
    const size = this.#size;
    const item = heap[pos];
    const half = size >>> 1;
    while (pos <= half) {
      let child = pos << 1;
      const right = child + 1;
      if (right <= size && this.#compare(heap[right], heap[child]) < 0) child = right;
      if (this.#compare(item, heap[child]) <= 0) break;
      this.#place(pos, heap[child]);
      pos = child;
    }
    this.#place(pos, item);
  }

  percolateUp(pos) {
    const heap = this.#heap;
    const item = heap[pos];
    while (pos > 1) {
      const parent = pos >>> 1;
      if (this.#compare(heap[parent], item) <= 0) break;
      this.#place(pos, heap[parent]);
      pos = parent;
    }
    this.#place(pos, item);
  }

  removeAt(pos) {
    const heap = this.#heap;
    const size = --this.#size;
    heap[pos] = heap[size + 1];
    heap[size + 1] = undefined;
    if (size > 0 && pos <= size) {
      if (pos > 1 && this.#compare(heap[pos >>> 1], heap[pos]) > 0) this.percolateUp(pos);
      else this.percolateDown(pos);
    }
  }

  shift() {
    const top = this.#heap[1];
    if (top === undefined) return undefined;
    this.removeAt(1);
    return top;
  }

  #place(pos, item) {
    this.#heap[pos] = item;
    if (this.#setPosition !== undefined) this.#setPosition(item, pos);
  }
};
