// A post's picture of a ward's whiteboard, already read: the picture the side panel's and the pictures'
// tests show (the words read in it are each test's own).
import type { PostImage } from '../../shared/contracts/compliance';

export const wardBoard: PostImage = {
  fileId: 7,
  path: 'media.0',
  name: 'ward-board.png',
  url: '/uploads/ward_board.png',
  alternativeText: null,
  status: 'read',
  reason: null,
};
