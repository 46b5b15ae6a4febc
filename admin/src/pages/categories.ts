import socialPost from '../../../content-types/social-post/schema.json';

/** The post categories the content type allows: the queue filters and the policy settings list them. */
export const POST_CATEGORIES: string[] = (socialPost.attributes.category as { enum: string[] }).enum;
