// Its own module so that code which only needs to recognise the error (loading a save) does not
// import StoryRunner, and with it all of inkjs, into the page's first script.

/** Thrown when a choice log no longer fits the story (it was edited too much). */
export class ReplayError extends Error {}
