import { useEffect, useRef } from "preact/hooks";

/** Dragged content that carries files (not text or links dragged from a page). */
function carriesFiles(event: DragEvent): boolean {
	return Array.from(event.dataTransfer?.types ?? []).includes("Files");
}

/**
 * The whole panel accepts a dropped file (the first one, if several). While a file is dragged
 * over it the body is marked (`dragging-file`, outlined by the stylesheet), and a drop never
 * makes the browser open the file in place of the panel. Pointer-only by nature: views that
 * take files also offer a file picker button.
 */
export function useFileDrop(onFile: (file: File) => void, target: Document = document): void {
	const handler = useRef(onFile);
	handler.current = onFile;
	useEffect(() => {
		const body = target.body;
		const mark = (on: boolean) => body.classList.toggle("dragging-file", on);
		const onDragOver = (event: DragEvent) => {
			if (!carriesFiles(event)) return;
			event.preventDefault();
			if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
			mark(true);
		};
		// relatedTarget is null when the pointer leaves the panel (or the drag is cancelled).
		const onDragLeave = (event: DragEvent) => {
			if (event.relatedTarget === null) mark(false);
		};
		const onDrop = (event: DragEvent) => {
			mark(false);
			if (!carriesFiles(event)) return;
			event.preventDefault();
			const file = event.dataTransfer?.files[0];
			if (file) handler.current(file);
		};
		target.addEventListener("dragover", onDragOver);
		target.addEventListener("dragleave", onDragLeave);
		target.addEventListener("drop", onDrop);
		return () => {
			target.removeEventListener("dragover", onDragOver);
			target.removeEventListener("dragleave", onDragLeave);
			target.removeEventListener("drop", onDrop);
			mark(false);
		};
	}, [target]);
}
