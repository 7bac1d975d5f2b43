// Opening another graph: a file picker and drag-and-drop anywhere on the page.
import { GRAPH_FORMATS } from '../load-graph.ts';

/** Wires the picker and the drop zone; each chosen or dropped file is handed to `onFile`. */
export function attachFileOpen(input: HTMLInputElement, dropZone: HTMLElement, onFile: (file: File) => void): void {
  input.accept = GRAPH_FORMATS.map((f) => f.extension).join(',');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) onFile(file);
  });
  let depth = 0;
  const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  dropZone.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth += 1;
    dropZone.classList.add('dragging');
  });
  dropZone.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  dropZone.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) dropZone.classList.remove('dragging');
  });
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    dropZone.classList.remove('dragging');
    const file = event.dataTransfer?.files?.[0];
    if (file) onFile(file);
  });
}
