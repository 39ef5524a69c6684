/** True when a wheel event asks to zoom (Ctrl, or ⌘ on a Mac; a trackpad pinch arrives as Ctrl + wheel). */
export const zoomsOnWheel = (event: WheelEvent): boolean => event.ctrlKey || event.metaKey;
